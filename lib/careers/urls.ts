// One place that spells the public URLs, so pages, links, the sitemap and the feed cannot disagree.
// No server imports: client components (the posting's not-found page) link with these too.

export const careersPath = (orgSlug: string) => `/careers/${encodeURIComponent(orgSlug)}`;
export const postingPath = (orgSlug: string, jobSlug: string) => `${careersPath(orgSlug)}/${encodeURIComponent(jobSlug)}`;
export const applyPath = (orgSlug: string, jobSlug: string) => `${postingPath(orgSlug, jobSlug)}/apply`;
export const feedPath = (orgSlug: string) => `${careersPath(orgSlug)}/feed.xml`;
export const indeedFeedPath = (orgSlug: string) => `${careersPath(orgSlug)}/indeed.xml`;
/** The Greenhouse-shaped list of open jobs, which the embed script reads. */
export const boardJobsPath = (orgSlug: string) => `/api/v1/boards/${encodeURIComponent(orgSlug)}/jobs`;
/** The script that lists an organisation's open jobs on another site (one script for every organisation). */
export const EMBED_SCRIPT_PATH = "/embed.js";

/**
 * An organisation's website or logo address, if it is an http(s) URL: these are typed in by staff and
 * end up in links, images and structured data that anonymous visitors open.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The part of a logo's SHA-256 its address carries, so a new logo gets a new address. */
export const logoVersion = (sha256: string) => sha256.slice(0, 16);

/** An organisation's uploaded logo, served from our own origin. */
export const logoPath = (orgSlug: string, sha256: string) => `/api/careers/${encodeURIComponent(orgSlug)}/logo?v=${logoVersion(sha256)}`;
