import {
  findApplyTarget,
  findPublicJob,
  getPublicOrganization,
  listOpenJobs,
  listQuestions,
  listSitemapEntries,
} from "@/db/queries/careers";
import type { CareersOrganization, PublicJob, PublicOrganization, PublicQuestion } from "@/lib/careers/public-types";
import { logoPath, safeHttpUrl } from "@/lib/careers/urls";
import { type Board, toBoard } from "@/lib/public-api/board";
import { type PublicCache, SHARED_SCOPE } from "./public-cache";

/**
 * Everything anonymous visitors read, through one PublicCache: careers pages and feed, sitemap, both
 * public APIs and the application form. Only what exists is kept (an unknown organisation or job is
 * asked of the database each time), so made-up addresses cannot fill the cache. A job passing its
 * closing date is announced by no one, so every read checks the date again.
 */

// What the careers pages show of an organisation (its settings hold internal choices), with website and
// logo kept only when they are http(s) URLs, so every page can link them safely.
export type { CareersOrganization };
export type CareersSite = { organization: CareersOrganization; jobs: PublicJob[] };
export type CareersPosting = { organization: CareersOrganization; job: PublicJob; closed: boolean };
export type SitemapEntries = Awaited<ReturnType<typeof listSitemapEntries>>;
export type ApplyForm = {
  organization: CareersOrganization & { privacyNoticeUrl: string | null; privacyNoticeMd: string | null };
  job: PublicJob;
  questions: PublicQuestion[];
};

/** A cached job may have passed its closing date since it was read; the database would say closed. */
export function isPastClosingDate(job: Pick<PublicJob, "closesAt">, now = Date.now()): boolean {
  return job.closesAt !== null && job.closesAt.getTime() <= now;
}

const exists = (value: unknown) => value !== null;

/** The public face of an organisation: links only to http(s), the uploaded logo on our own origin. */
export function careersOrganization(organization: PublicOrganization): CareersOrganization {
  const { id, slug, name, website, logoUrl, logoSha256, settings } = organization;
  return {
    id,
    slug,
    name,
    website: safeHttpUrl(website),
    logoUrl: logoSha256 ? logoPath(slug, logoSha256) : safeHttpUrl(logoUrl),
    brandColor: settings.brandColor ?? null,
    careersIntroMd: settings.careersIntroMd ?? null,
  };
}

export function publicReads(cache: PublicCache) {
  const loadSite = (orgSlug: string) =>
    cache.read(
      orgSlug,
      "site",
      async (): Promise<CareersSite | null> => {
        const organization = await getPublicOrganization(orgSlug);
        if (!organization) return null;
        return { organization: careersOrganization(organization), jobs: await listOpenJobs(organization.id) };
      },
      exists,
    );

  /** An organisation's public profile and open jobs (newest first), or null if there is no such organisation. */
  async function getCareersSite(orgSlug: string): Promise<CareersSite | null> {
    const site = await loadSite(orgSlug);
    if (!site) return null;
    const now = Date.now();
    return { organization: site.organization, jobs: site.jobs.filter((job) => !isPastClosingDate(job, now)) };
  }

  /**
   * A posting by slug: open ones come from the cached site; anything else (closed, draft, unknown) is
   * asked of the database, which alone decides what is public.
   */
  async function findCareersPosting(orgSlug: string, jobSlug: string): Promise<CareersPosting | null> {
    const site = await getCareersSite(orgSlug);
    if (!site) return null;
    const open = site.jobs.find((job) => job.slug === jobSlug);
    if (open) return { organization: site.organization, job: open, closed: false };
    const found = await findPublicJob(site.organization.id, { slug: jobSlug });
    return found && { organization: site.organization, ...found };
  }

  async function getSitemapEntries(): Promise<SitemapEntries> {
    return cache.read(SHARED_SCOPE, "sitemap", listSitemapEntries);
  }

  /** An organisation's open jobs, ready for the API shapes (descriptions rendered once); null when there is no such organisation. */
  async function loadBoard(orgSlug: string): Promise<Board | null> {
    if (orgSlug.length === 0 || orgSlug.length > 100) return null;
    // The site is read inside the load: a board built from a site read before an invalidation would
    // otherwise be stored after it.
    return cache.read(
      orgSlug,
      "board",
      async () => {
        const site = await loadSite(orgSlug);
        return site && toBoard(site.organization, site.jobs);
      },
      exists,
    );
  }

  /** The questions of a job already found on the board (so only real jobs get entries). */
  function loadQuestions(orgSlug: string, publicId: number): Promise<PublicQuestion[]> {
    return cache.read(orgSlug, `questions:${publicId}`, async () => {
      const organization = await getPublicOrganization(orgSlug);
      const found = organization ? await findPublicJob(organization.id, { publicId }) : null;
      if (!organization || !found || found.closed) return [];
      return listQuestions(organization.id, found.job.id);
    });
  }

  /** What the application form of an open job shows; null when the job does not take applications. */
  async function loadApplyForm(orgSlug: string, jobSlug: string): Promise<ApplyForm | null> {
    if (orgSlug.length > 100 || jobSlug.length > 200) return null;
    const form = await cache.read(
      orgSlug,
      `apply:${jobSlug}`,
      async (): Promise<ApplyForm | null> => {
        const target = await findApplyTarget(orgSlug, { slug: jobSlug });
        if (!target?.job || !target.accepting) return null;
        const { settings } = target.organization;
        return {
          organization: {
            ...careersOrganization(target.organization),
            privacyNoticeUrl: safeHttpUrl(settings.privacyNoticeUrl),
            privacyNoticeMd: settings.privacyNoticeMd ?? null,
          },
          job: target.job,
          questions: target.questions,
        };
      },
      exists,
    );
    return form && !isPastClosingDate(form.job) ? form : null;
  }

  return { getCareersSite, findCareersPosting, getSitemapEntries, loadBoard, loadQuestions, loadApplyForm };
}

export type PublicReads = ReturnType<typeof publicReads>;
