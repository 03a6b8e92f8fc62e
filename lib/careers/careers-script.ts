/**
 * The careers list and posting pages' one script (served at /careers.js; the pages carry no other
 * JavaScript: lib/careers/client-runtime.mjs). Both things it does are improvements on working HTML:
 * - A stored careers page is the same for every visitor, so its links are plain; this adds the visit's
 *   attribution to each `<a data-tracked>`: the campaign tags (utm_…, source) of the page's own address
 *   and, on links marked `data-tracked="referrer"` (the posting's apply links), the other site that sent
 *   the visitor (lib/applications/attribution.ts says how the apply form and the server read them).
 *   Without it the plain link is followed, and the apply page finds the campaign tags in its Referer.
 * - A search form marked `data-drop-empty` (the job filters) sends only the fields filled in, so the
 *   address to share reads `?q=backend` instead of listing every empty filter.
 *
 * Both functions are sent as their own source text (CAREERS_SCRIPT below), so each must stand
 * alone: nothing from outside its body, no imports. The parameter names are attribution.ts's
 * TRACKING_PARAMS and the lengths its limits (a test checks both).
 */

/**
 * `path` with the visit's attribution in its query, computed in the browser: the current page's own
 * tags and, with `referrer`, the site the visitor came from when it is another one and the query names
 * none (the first referrer wins). Cleaned as the server cleans them (attribution.ts).
 */
export function linkWithTracking(path: string, { search, referrer, ownHost }: { search: string; referrer?: string; ownHost: string }): string {
  const names = ["source", "referrer", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"];
  const httpUrl = (value: string) => {
    const text = value.trim();
    if (text.length > 2000) return null;
    try {
      const url = new URL(text);
      return url.protocol === "http:" || url.protocol === "https:" ? url : null;
    } catch {
      return null;
    }
  };
  const cleanReferrer = (value: string) => {
    const url = httpUrl(value);
    return url ? `${url.origin}${url.pathname === "/" ? "" : url.pathname}`.slice(0, 500) : null;
  };
  const cleanTag = (value: string) => value.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200).trim() || null;

  const query = new URLSearchParams(search);
  const tracking = new URLSearchParams();
  for (const name of names) {
    const value = query.get(name);
    const clean = value === null ? null : name === "referrer" ? cleanReferrer(value) : cleanTag(value);
    if (clean && (name !== "referrer" || referrer !== undefined)) tracking.set(name, clean);
  }
  const external = referrer ? httpUrl(referrer) : null;
  if (external && !tracking.has("referrer") && external.host.toLowerCase() !== ownHost.toLowerCase()) {
    const clean = cleanReferrer(referrer!);
    if (clean) tracking.set("referrer", clean);
  }
  const queryString = tracking.toString();
  return queryString ? `${path}?${queryString}` : path;
}

/**
 * Rewrites every tracked link on the page with `track` (linkWithTracking above), and shortens searches.
 * Loaded `async` from the head (React puts it there), so it may run before the body is read: then it waits.
 */
export function enhanceCareersPage(track: typeof linkWithTracking): void {
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => enhanceCareersPage(track), { once: true });
    return;
  }
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>("a[data-tracked]"))) {
    const path = link.getAttribute("href");
    if (!path || !path.startsWith("/")) continue;
    const referrer = link.dataset.tracked === "referrer" ? document.referrer : undefined;
    link.setAttribute("href", track(path, { search: window.location.search, referrer, ownHost: window.location.host }));
  }
  for (const form of Array.from(document.querySelectorAll<HTMLFormElement>("form[data-drop-empty]"))) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") query.set(name, value.trim());
      }
      const action = form.getAttribute("action") || window.location.pathname;
      const search = query.toString();
      window.location.assign(search ? `${action}?${search}` : action);
    });
  }
}

export const CAREERS_SCRIPT = `(${enhanceCareersPage.toString()})(${linkWithTracking.toString()});\n`;
