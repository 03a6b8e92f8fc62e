import "server-only";
import { revalidateTag } from "next/cache";
import { cache as perRequest } from "react";
import { databaseHandle } from "@/db/client";
import { careersTag } from "@/lib/careers/cache-tags";
import { env } from "@/lib/env";
import { listenForPublicChanges, type PublicChangesListener } from "./listener";
import { expireStoredResponses, tagStoredResponse } from "./next-response-cache";
import { PublicCache } from "./public-cache";
import { publicReads, type PublicReads } from "./public-reads";

/**
 * The process's public cache, as pages and route handlers use it. Every app server listens for
 * announcements of public changes (db/queries/public-changes.ts, sent in the transaction of the change)
 * and drops the organisation's data and stored pages when one arrives, within a second or two of the
 * commit; the lifetime below only bounds changes made behind the app's back.
 */

/** How long anything public is kept without an announcement. The careers routes' `revalidate` repeats it (Next wants a literal). */
export const CAREERS_REVALIDATE_SECONDS = 300;

type PublicCacheState = { cache: PublicCache; reads: PublicReads; listener: PublicChangesListener };

// On globalThis: route handlers, pages and instrumentation are bundled apart, and must share one cache and one listener.
const globalForCache = globalThis as unknown as { candorPublicCache?: PublicCacheState };

function state(): PublicCacheState {
  if (globalForCache.candorPublicCache) return globalForCache.candorPublicCache;
  const cache = new PublicCache({ lifetimeMs: CAREERS_REVALIDATE_SECONDS * 1000, maxEntries: 20_000 });
  cache.onInvalidate((scope) => expireStoredResponses(scope));
  const { driver } = databaseHandle();
  const databaseUrl = env().DATABASE_URL;
  const source = driver.name === "pglite" ? { pglite: driver.client } : { databaseUrl: databaseUrl! };
  const listener = listenForPublicChanges(source, {
    onChange: (organizationSlug) => cache.invalidate(organizationSlug),
    onReset: () => cache.clear(),
  });
  globalForCache.candorPublicCache = { cache, reads: publicReads(cache), listener };
  return globalForCache.candorPublicCache;
}

/** Starts listening at server start, so a broken listener shows in the log before the first visitor. */
export function startPublicCache(): Promise<void> {
  return state().listener.ready;
}

/**
 * Drops the organisation's public data and stored pages on this server at once, for the response of the
 * action that changed them; the other servers hear of it from the change's own announcement. Call from a
 * server action or route handler (Next's revalidateTag allows nothing else).
 */
export function revalidateCareers(orgSlug: string): void {
  state().cache.invalidate(orgSlug);
  revalidateTag(careersTag(orgSlug), { expire: 0 });
}

/** An organisation's public profile and open jobs (newest first), or null if there is no such organisation. */
export const getCareersSite = perRequest(async (orgSlug: string) => {
  const site = await state().reads.getCareersSite(orgSlug);
  // Not for unknown names: anyone can invent them, and each would take an entry in Next's cache.
  if (!site) return null;
  // A stored page showing a job with a closing date must not outlive it: nothing announces that moment.
  const nextClosing = Math.min(...site.jobs.map((job) => job.closesAt?.getTime() ?? Infinity));
  await tagStoredResponse(orgSlug, Math.min(CAREERS_REVALIDATE_SECONDS, (nextClosing - Date.now()) / 1000));
  return site;
});

/** A posting by slug, open or closed; null for drafts and unknown jobs. */
export const findCareersPosting = perRequest(async (orgSlug: string, jobSlug: string) => {
  await getCareersSite(orgSlug);
  return state().reads.findCareersPosting(orgSlug, jobSlug);
});

export const getSitemapEntries = () => state().reads.getSitemapEntries();
export const loadBoard = (orgSlug: string) => state().reads.loadBoard(orgSlug);
export const loadQuestions = (orgSlug: string, publicId: number) => state().reads.loadQuestions(orgSlug, publicId);
export const loadApplyForm = perRequest((orgSlug: string, jobSlug: string) => state().reads.loadApplyForm(orgSlug, jobSlug));

export type { ApplyForm, CareersOrganization, CareersPosting, CareersSite, SitemapEntries } from "./public-reads";
export { isPastClosingDate } from "./public-reads";
