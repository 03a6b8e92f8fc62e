export type HeaderList = { key: string; value: string }[];
export function basePolicy(options?: { frameAncestors?: string }): string;
export function noncePolicy(nonce: string, options?: { dev?: boolean }): string;
export function hashPolicy(html: string): string;
export function inlineScriptHashes(html: string): string[];
export function staticSecurityHeaders(appUrl: string): HeaderList;
export function uploadedImagePolicy(): string;
