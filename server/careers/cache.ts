import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { cache } from "react";
import {
  findPublicJob,
  getPublicOrganization,
  listOpenJobs,
  listSitemapEntries,
  type PublicJob,
} from "@/db/queries/careers";
import { careersTag } from "@/lib/careers/cache-tags";
import { safeHttpUrl } from "@/lib/careers/urls";

/**
 * Cached public reads for the careers pages, sitemap and feed, so a popular careers page does not
 * query the database on every request. Entries are tagged per organisation; whatever changes what an
 * organisation shows publicly (a job opened, closed, edited, renamed, or the organisation's name,
 * website or logo) must call revalidateCareers(orgSlug) afterwards. A job passing its closing date is
 * announced by no code path: the stored page showing it expires at that moment instead
 * (expireWhenNextJobCloses). The time limit is a safety net for the rest, such as a database restored
 * under the app.
 */

export const CAREERS_REVALIDATE_SECONDS = 300;

export const SITEMAP_TAG = "careers:sitemap";

/**
 * Call after any change to an organisation's public jobs or profile, from a server action or route
 * handler (Next allows nothing else). The organisation's tag also covers the public job APIs. The next visitor gets fresh data: expire: 0 means no stale copy
 * is served while it is rebuilt, so a closed job never shows as open once the recruiter has closed it.
 */
export function revalidateCareers(orgSlug: string): void {
  revalidateTag(careersTag(orgSlug), { expire: 0 });
  revalidateTag(SITEMAP_TAG, { expire: 0 });
  // Posting pages are kept whole (incremental static regeneration); the tag reaches them through the
  // data they read, and this also drops any page under the organisation that read nothing tagged.
  revalidatePath(`/careers/${orgSlug}`, "layout");
}

/**
 * What the careers pages may show about an organisation (its settings hold internal choices), with
 * website and logo kept only when they are http(s) URLs, so every page can link them safely.
 */
import type { CareersOrganization } from "@/lib/careers/public-types";

export type { CareersOrganization };
export type CareersSite = { organization: CareersOrganization; jobs: PublicJob[] };

// unstable_cache stores JSON, so dates come back as strings from a cache hit (and as Dates on a miss).
const toDate = (value: Date | string) => new Date(value);
function reviveJob(job: PublicJob): PublicJob {
  return {
    ...job,
    publishedAt: job.publishedAt && toDate(job.publishedAt),
    closesAt: job.closesAt && toDate(job.closesAt),
    createdAt: toDate(job.createdAt),
    updatedAt: toDate(job.updatedAt),
  };
}

/** A cached job may have passed its closing date since it was read; the database would say closed. */
export function isPastClosingDate(job: Pick<PublicJob, "closesAt">, now = Date.now()): boolean {
  return job.closesAt !== null && job.closesAt.getTime() <= now;
}

// Unknown slugs are not cached: anyone can invent them, and each would otherwise take a cache entry.
class UnknownOrganization extends Error {}

const loadSite = (orgSlug: string) =>
  unstable_cache(
    async () => {
      const organization = await getPublicOrganization(orgSlug);
      if (!organization) throw new UnknownOrganization();
      const { id, slug, name, website, logoUrl } = organization;
      return {
        organization: { id, slug, name, website: safeHttpUrl(website), logoUrl: safeHttpUrl(logoUrl) },
        jobs: await listOpenJobs(id),
      };
    },
    ["careers-site", orgSlug],
    { tags: [careersTag(orgSlug)], revalidate: CAREERS_REVALIDATE_SECONDS },
  )();

/** An organisation's public profile and open jobs (newest first), or null if there is no such organisation. */
export const getCareersSite = cache(async (orgSlug: string): Promise<CareersSite | null> => {
  let site: CareersSite;
  try {
    site = await loadSite(orgSlug);
  } catch (error) {
    if (error instanceof UnknownOrganization) return null;
    throw error;
  }
  const now = Date.now();
  const jobs = site.jobs.map(reviveJob).filter((job) => !isPastClosingDate(job, now));
  await expireWhenNextJobCloses(jobs, now);
  return { organization: site.organization, jobs };
});

/**
 * A stored page (or feed) that shows a job with a closing date must not outlive it. Next gives a page
 * the shortest lifetime of the cached reads made while rendering it, so a read of nothing, with a
 * lifetime that ends when the first shown job closes, does that. Outside a stored page it changes nothing.
 */
async function expireWhenNextJobCloses(jobs: PublicJob[], now: number): Promise<void> {
  const nextClosing = Math.min(...jobs.map((job) => job.closesAt?.getTime() ?? Infinity));
  const seconds = Math.max(1, Math.ceil((nextClosing - now) / 1000));
  if (seconds >= CAREERS_REVALIDATE_SECONDS) return;
  await unstable_cache(async () => null, ["careers-next-closing"], { revalidate: seconds })();
}

export type CareersPosting = { organization: CareersOrganization; job: PublicJob; closed: boolean };

/**
 * A posting by slug: open ones come from the cached site; anything else (closed, draft, unknown, or
 * opened since the cache was filled) is asked of the database, which alone decides what is public.
 * That question uses the organisation as the database has it now, not the cached copy's id.
 */
export const findCareersPosting = cache(async (orgSlug: string, jobSlug: string): Promise<CareersPosting | null> => {
  const site = await getCareersSite(orgSlug);
  if (!site) return null;
  const open = site.jobs.find((job) => job.slug === jobSlug);
  if (open) return { organization: site.organization, job: open, closed: false };
  const organization = await getPublicOrganization(orgSlug);
  const found = organization && (await findPublicJob(organization.id, { slug: jobSlug }));
  return found && { organization: site.organization, ...found };
});

export type SitemapEntries = Awaited<ReturnType<typeof listSitemapEntries>>;

export async function getSitemapEntries(): Promise<SitemapEntries> {
  const entries = await unstable_cache(listSitemapEntries, ["careers-sitemap"], {
    tags: [SITEMAP_TAG],
    revalidate: CAREERS_REVALIDATE_SECONDS,
  })();
  return {
    organizations: entries.organizations.map((entry) => ({ ...entry, updatedAt: toDate(entry.updatedAt) })),
    jobs: entries.jobs.map((entry) => ({ ...entry, updatedAt: toDate(entry.updatedAt) })),
  };
}
