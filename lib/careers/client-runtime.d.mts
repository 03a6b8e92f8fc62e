export function withoutClientRuntime(html: string): string;
export const WITHOUT_RUNTIME_META: string;
export function worksWithoutClientRuntime(html: string): boolean;
