/**
 * The script behind "Embed on your website" (served at /embed.js). On the organisation's own site it
 * finds each `<div data-candor-jobs="{org}">`, reads that organisation's open jobs from the public
 * Greenhouse-shaped API on the Candor the script came from, and replaces the div's contents (a link to
 * the careers page, for visitors without JavaScript) with a list of links to the postings.
 *
 * It runs on someone else's page, so: job data goes in as text (textContent), never as HTML; links only
 * to http(s) addresses; no cookies are sent; and when the API cannot be read the link stays as it was.
 *
 * `listOpenJobs` is sent as its own source text (EMBED_SCRIPT below), so it must stand alone: nothing from
 * outside the function body, no imports.
 */
export function listOpenJobs(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement) || !script.src) return;
  const candor = new URL(script.src).origin;

  type ApiJob = { title?: unknown; absolute_url?: unknown; location?: { name?: unknown } | null };

  const httpUrl = (value: unknown): string | null => {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch {
      return null;
    }
  };

  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const render = (container: HTMLElement, jobs: ApiJob[]) => {
    const list = element("ul", "candor-jobs");
    for (const job of jobs) {
      const href = httpUrl(job.absolute_url);
      if (!href || typeof job.title !== "string") continue;
      const item = element("li", "candor-job");
      const link = element("a", "candor-job-title", job.title);
      link.href = href;
      item.append(link);
      const location = job.location?.name;
      if (typeof location === "string" && location) item.append(" ", element("span", "candor-job-location", location));
      list.append(item);
    }
    container.replaceChildren(list.childElementCount > 0 ? list : element("p", "candor-jobs-empty", "No open positions right now."));
  };

  const show = async (container: HTMLElement) => {
    const organization = container.getAttribute("data-candor-jobs") ?? "";
    container.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${candor}/api/v1/boards/${encodeURIComponent(organization)}/jobs`, {
        credentials: "omit",
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as { jobs?: unknown };
      render(container, Array.isArray(body.jobs) ? (body.jobs as ApiJob[]) : []);
      container.setAttribute("data-candor-state", "ready");
    } catch (error) {
      container.setAttribute("data-candor-state", "failed");
      console.warn("Candor: could not load the open positions", error);
    } finally {
      container.removeAttribute("aria-busy");
    }
  };

  const start = () => {
    // The snippet may be on a page more than once (one per organisation, or pasted twice): each list once.
    document.querySelectorAll<HTMLElement>("[data-candor-jobs]:not([data-candor-state])").forEach((container) => {
      container.setAttribute("data-candor-state", "loading");
      void show(container);
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}

/** The script as served: the function above, called with the script element that loaded it. */
export const EMBED_SCRIPT = `(${listOpenJobs.toString()})(document.currentScript);\n`;
