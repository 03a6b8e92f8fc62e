export type PageCacheTicket = { scope: string; epoch: number; generation: number };
export type StoredPage = { bytes: number; expiresAt: number; [key: string]: unknown };

export class PageCache {
  constructor(options?: { maxBytes?: number; now?: () => number });
  readonly maxBytes: number;
  readonly bytes: number;
  readonly size: number;
  get(key: string): (StoredPage & { scope: string }) | undefined;
  ticket(scope: string): PageCacheTicket;
  set(key: string, entry: StoredPage, ticket: PageCacheTicket): boolean;
  invalidate(scope: string | null): void;
}
