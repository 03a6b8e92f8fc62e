import type { IncomingMessage, ServerResponse } from "node:http";
import type { PageCache } from "./page-cache.mjs";

export const PAGE_CACHE_HOOK: unique symbol;
export const FILTER_PARAMS: string[];
export function answerFailure(res: ServerResponse, error: unknown): void;
export function careersPageScope(pathname: string): string | null;
export function publicPages(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void> | void,
  options?: { maxBytes?: number },
): { serve: (req: IncomingMessage, res: ServerResponse) => Promise<void>; pages: PageCache };
