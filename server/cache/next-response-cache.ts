import "server-only";
import { unstable_cache } from "next/cache";
import { careersTag, PUBLIC_TAG } from "@/lib/careers/cache-tags";

/**
 * Careers pages and the feed are rendered once and stored by Next (incremental static regeneration), in
 * each server's memory (next.config.ts). Those stored bytes, not only the data beneath them, must go when
 * another server announces a change. Next's revalidateTag() works only inside a request, and the
 * announcement arrives outside any; so the tags are expired on the process's incremental cache itself,
 * exactly what Next does with revalidateTag() calls when an action or route handler finishes. The
 * two-server test (e2e/multi-server) fails if a Next upgrade moves it.
 */

type IncrementalCache = { revalidateTag: (tags: string[]) => Promise<void> };
/** The custom server's memory copy of careers pages (server/careers/public-pages.mjs), when it runs. */
type PageCacheHook = { invalidate: (orgSlug: string | null) => void };
const PAGE_CACHE_HOOK = Symbol.for("candor.public-page-cache");

// A render that began before the change can finish after it and be stored with what it read then; expiring
// again once such renders are done keeps that copy from being served until its lifetime ends. A busy page
// is always being rendered by someone, so expire soon (a render takes tens of ms) and again for slow ones.
const RENDERS_UNDER_WAY_MS = [250, 1_000, 2_000];

/**
 * Expires the stored pages of an organisation (by slug), or all of them (null): in Next's incremental
 * cache, and in the custom server's memory copy of them, which is taken from Next's and so is expired at
 * the same moments.
 */
export function expireStoredResponses(orgSlug: string | null): void {
  const tags = orgSlug === null ? [PUBLIC_TAG] : [careersTag(orgSlug)];
  const expire = () => {
    (globalThis as { [PAGE_CACHE_HOOK]?: PageCacheHook })[PAGE_CACHE_HOOK]?.invalidate(orgSlug);
    const incremental = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
    // None before the first request: nothing stored yet.
    incremental?.revalidateTag(tags).catch((error: unknown) => console.error("candor: could not expire stored careers pages", error));
  };
  expire();
  for (const delay of RENDERS_UNDER_WAY_MS) setTimeout(expire, delay).unref();
}

/**
 * Marks the page or feed being rendered as showing the organisation's public data (so the tags above
 * reach it), and makes Next keep it at most `seconds`. Next gives a stored page the shortest lifetime
 * of the cached reads made while rendering it, and collects their tags; this read of nothing carries both.
 */
export async function tagStoredResponse(orgSlug: string, seconds: number): Promise<void> {
  await unstable_cache(async () => null, ["public-response", orgSlug], {
    tags: [careersTag(orgSlug), PUBLIC_TAG],
    revalidate: Math.max(1, Math.ceil(seconds)),
  })();
}
