export function withoutClientRuntime(html: string): string;
