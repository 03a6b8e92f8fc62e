/**
 * The one in-memory cache of what anonymous visitors see: careers pages, feed, sitemap, public APIs and
 * the application form all read through it (server/cache/public-reads.ts). Entries live in a scope per
 * organisation (its slug) plus one shared scope for reads that span organisations (the sitemap).
 *
 * It is kept per process; what keeps the processes in agreement is invalidation, not sharing:
 * invalidate(slug) runs on every app server when Postgres announces a change (server/cache/listener.ts),
 * and clear() when that announcement could have been missed. The lifetime is a safety net for changes
 * made behind the app's back (a database restored under it).
 */

/** The scope of reads that span organisations; invalidating any organisation drops it too. */
export const SHARED_SCOPE = "*";

export type PublicCacheOptions = {
  lifetimeMs: number;
  /** Entries kept at most; beyond it, the least recently filled organisation's entries go. */
  maxEntries: number;
  now?: () => number;
};

type Entry = { value: unknown; expiresAt: number };
/** Called with the scope that was invalidated, or null when everything was dropped. */
export type InvalidationListener = (scope: string | null) => void;

export class PublicCache {
  readonly #options: Required<PublicCacheOptions>;
  readonly #scopes = new Map<string, Map<string, Entry>>();
  // Loads under way, shared by concurrent readers so a busy page fills its entry once.
  readonly #loading = new Map<string, Promise<unknown>>();
  // Bumped by every invalidation of a scope (and all of them by clear()): a load that started before
  // it read what the change replaced, so its result is handed to its caller but never stored.
  readonly #generations = new Map<string, number>();
  #epoch = 0;
  #size = 0;
  readonly #listeners = new Set<InvalidationListener>();

  constructor(options: PublicCacheOptions) {
    this.#options = { now: Date.now, ...options };
  }

  get size(): number {
    return this.#size;
  }

  /**
   * The cached value for (scope, key), or the result of `load`, stored unless `keep` refuses it (reads
   * of names anyone can invent, such as an unknown organisation, are not kept).
   */
  async read<T>(scope: string, key: string, load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
    const now = this.#options.now();
    const entry = this.#scopes.get(scope)?.get(key);
    if (entry && entry.expiresAt > now) return entry.value as T;
    const id = `${this.#epoch}\u0000${this.#generation(scope)}\u0000${scope}\u0000${key}`;
    const pending = this.#loading.get(id);
    if (pending) return pending as Promise<T>;
    const generation = this.#generation(scope);
    const epoch = this.#epoch;
    const loading = load()
      .then((value) => {
        if (epoch === this.#epoch && generation === this.#generation(scope) && keep(value)) this.#store(scope, key, value);
        return value;
      })
      .finally(() => this.#loading.delete(id));
    this.#loading.set(id, loading);
    return loading;
  }

  /** Drops an organisation's entries and the shared ones (which list every organisation). */
  invalidate(scope: string): void {
    for (const name of scope === SHARED_SCOPE ? [SHARED_SCOPE] : [scope, SHARED_SCOPE]) {
      this.#generations.set(name, this.#generation(name) + 1);
      this.#size -= this.#scopes.get(name)?.size ?? 0;
      this.#scopes.delete(name);
    }
    this.#emit(scope);
  }

  /** Drops everything, for when invalidations may have been missed. */
  clear(): void {
    this.#epoch += 1;
    this.#generations.clear();
    this.#scopes.clear();
    this.#size = 0;
    this.#emit(null);
  }

  /** Also run `listener` on each invalidation (to expire what was built from these entries). */
  onInvalidate(listener: InvalidationListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #generation(scope: string): number {
    return this.#generations.get(scope) ?? 0;
  }

  #store(scope: string, key: string, value: unknown): void {
    let entries = this.#scopes.get(scope);
    if (!entries) {
      entries = new Map();
      this.#scopes.set(scope, entries);
    }
    if (!entries.has(key)) this.#size += 1;
    entries.set(key, { value, expiresAt: this.#options.now() + this.#options.lifetimeMs });
    // Maps iterate in insertion order: the first scope is the one filled longest ago.
    for (const [oldest, oldEntries] of this.#scopes) {
      if (this.#size <= this.#options.maxEntries || oldest === scope) break;
      this.#size -= oldEntries.size;
      this.#scopes.delete(oldest);
    }
  }

  #emit(scope: string | null): void {
    for (const listener of this.#listeners) {
      try {
        listener(scope);
      } catch (error) {
        console.error("candor: a public cache invalidation listener failed", error);
      }
    }
  }
}
