// Plain JavaScript (with page-cache.d.mts beside it): the custom server (server.mjs) runs it uncompiled.

/**
 * The rendered careers pages this process keeps in memory, ready to write: status, headers and body
 * (plain and gzipped), per path. The custom server answers a hit before Next's request pipeline runs
 * (server/careers/public-pages.mjs). Entries live per organisation (scope: its slug), and are dropped
 * exactly when the public cache drops that organisation's data (server/cache/next-response-cache.ts
 * calls `invalidate` through the hook on globalThis), so this is a copy of what Next stores, never a
 * second source of truth. An entry never outlives the stored page it was taken from (`expiresAt`).
 *
 * Bounded by bytes: past `maxBytes`, the least recently used pages go.
 */
export class PageCache {
  #entries = new Map();
  #generations = new Map();
  #epoch = 0;
  #bytes = 0;

  constructor({ maxBytes = 32 * 1024 * 1024, now = Date.now } = {}) {
    this.maxBytes = maxBytes;
    this.now = now;
  }

  get bytes() {
    return this.#bytes;
  }

  get size() {
    return this.#entries.size;
  }

  /** The live entry for `key`, or undefined. Marks it recently used. */
  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#delete(key, entry);
      return undefined;
    }
    // Maps iterate in insertion order: re-inserting makes the first one the least recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry;
  }

  /** A token for a load about to start; `set` with it stores nothing if the scope was invalidated since. */
  ticket(scope) {
    return { scope, epoch: this.#epoch, generation: this.#generations.get(scope) ?? 0 };
  }

  /** Keeps `entry` (with `scope`, `bytes` and `expiresAt`) unless its scope changed after `ticket`. */
  set(key, entry, ticket) {
    if (ticket.epoch !== this.#epoch || ticket.generation !== (this.#generations.get(ticket.scope) ?? 0)) return false;
    if (entry.bytes > this.maxBytes / 4) return false;
    const previous = this.#entries.get(key);
    if (previous) this.#delete(key, previous);
    this.#entries.set(key, { ...entry, scope: ticket.scope });
    this.#bytes += entry.bytes;
    for (const [oldest, old] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#delete(oldest, old);
    }
    return true;
  }

  /** Drops one organisation's pages (`scope`, its slug), or every page (null). */
  invalidate(scope) {
    if (scope === null || scope === "*") {
      this.#epoch += 1;
      this.#generations.clear();
      this.#entries.clear();
      this.#bytes = 0;
      return;
    }
    this.#generations.set(scope, (this.#generations.get(scope) ?? 0) + 1);
    for (const [key, entry] of this.#entries) if (entry.scope === scope) this.#delete(key, entry);
  }

  #delete(key, entry) {
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
