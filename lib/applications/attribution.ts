// Where an applicant came from: the first other site that sent them (the referrer) and the campaign tags
// (UTM) of the visit that led to the application. No cookie and no storage: the values travel in the
// links the visitor follows (posting → apply form) and in the form's hidden fields, and the server
// validates them again (lib/validation/application.ts). Shared by the browser (the posting's apply link)
// and the server (the apply page, the use case), so both cut and read them the same way.

export const UTM_KEYS = ["source", "medium", "campaign", "term", "content"] as const;
export type UtmKey = (typeof UTM_KEYS)[number];

/** The query parameters and hidden form fields that carry attribution. */
export const TRACKING_PARAMS = ["source", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
export type TrackingParam = (typeof TRACKING_PARAMS)[number];
export type Tracking = Partial<Record<TrackingParam, string>>;

/** A campaign tag or source name longer than this is cut: it is a label, not a document. */
export const MAX_TAG_LENGTH = 200;
/** A stored referrer (origin and path) longer than this is cut. */
export const MAX_REFERRER_LENGTH = 500;
/** A referrer longer than this is not read at all. */
export const MAX_REFERRER_INPUT = 2000;

function httpUrl(value: string): URL | null {
  if (value.length > MAX_REFERRER_INPUT) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * A referrer as it is kept: an http(s) address's origin and path, without the query or fragment (where a
 * search, a session or a token may be), cut to MAX_REFERRER_LENGTH; null for anything else.
 */
export function cleanReferrer(value: string): string | null {
  const url = httpUrl(value.trim());
  return url ? `${url.origin}${url.pathname === "/" ? "" : url.pathname}`.slice(0, MAX_REFERRER_LENGTH) : null;
}

/** The site an http(s) address belongs to, as people name it: "google.com" for https://www.google.com/search. */
export function referrerSite(value: string): string | null {
  const host = httpUrl(value.trim())?.hostname.toLowerCase();
  return host ? host.replace(/^www\./, "") : null;
}

/** Whether an http(s) address is on another site than `ownHosts` (host names with their port, as in URL.host). */
export function isExternal(value: string, ownHosts: readonly string[]): boolean {
  const url = httpUrl(value.trim());
  return url !== null && !ownHosts.includes(url.host.toLowerCase());
}

/** A tag as it is kept: text without control characters, trimmed, cut to MAX_TAG_LENGTH; null when nothing is left. */
export function cleanTag(value: string): string | null {
  const tag = value.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_TAG_LENGTH).trim();
  return tag || null;
}

/** The attribution in a query string: known names only, each cleaned; an invalid referrer is left out. */
export function trackingFromQuery(query: URLSearchParams): Tracking {
  const tracking: Tracking = {};
  for (const name of TRACKING_PARAMS) {
    const value = query.get(name);
    const clean = value === null ? null : name === "referrer" ? cleanReferrer(value) : cleanTag(value);
    if (clean) tracking[name] = clean;
  }
  return tracking;
}

/**
 * What the apply form carries, the first found winning: its own query (which the posting's apply link
 * filled in), then the page that sent the visitor here. Another site is the referrer. Our own posting
 * page without JavaScript sent its full address (same-origin Referer), whose query holds the campaign
 * tags the visitor arrived with; the site before it is not known then.
 */
export function applyPageTracking(query: URLSearchParams, referer: string | null, ownHosts: readonly string[]): Tracking {
  const fromLink = trackingFromQuery(query);
  if (!referer || !httpUrl(referer)) return fromLink;
  const fromReferer = isExternal(referer, ownHosts) ? { referrer: cleanReferrer(referer) ?? undefined } : trackingFromQuery(new URL(referer).searchParams);
  return { ...withoutEmpty(fromReferer), ...fromLink };
}

function withoutEmpty(tracking: Tracking): Record<string, string> {
  return Object.fromEntries(Object.entries(tracking).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The campaign tags of a stored application, in UTM order, with their parameter names. */
export function utmEntries(utm: Partial<Record<UtmKey, string>> | undefined): [`utm_${UtmKey}`, string][] {
  return UTM_KEYS.flatMap((key) => (utm?.[key] ? [[`utm_${key}` as const, utm[key]]] : []));
}
