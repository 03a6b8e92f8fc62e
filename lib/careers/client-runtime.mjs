// Plain JavaScript (with client-runtime.d.mts beside it): the custom server (server.mjs) runs it uncompiled.

/**
 * A public careers page as visitors get it: the HTML Next rendered, without Next's client runtime. The
 * careers list and posting pages are documents: links, a GET search form and text, which need no React
 * in the browser. Without the runtime a page ships a few KB of JavaScript instead of ~140 KB, and the
 * browser has nothing to download, parse and hydrate before it is idle (bench/weight.mjs, lighthouse.mjs).
 *
 * Only for a page that says it needs none: it renders `<meta name="candor-client-runtime" content="none">`
 * (components/careers/without-client-runtime.tsx), and the custom server (server/careers/public-pages.mjs)
 * then sends it without the runtime.
 *
 * Removed: `<script src="/_next/…">` (the framework and page chunks), the inline scripts that feed them
 * (the RSC payload `self.__next_f`, Turbopack's chunk list), and `<link rel="preload"|"modulepreload">`
 * of `/_next/` scripts. Kept: data blocks (the JobPosting JSON-LD), scripts served from `public/`, and any
 * other inline script, whose hash the page's policy then allows (security-headers.mjs `hashPolicy`).
 */

/** The name of the <meta> a page renders to say it works without the runtime (components/careers/without-client-runtime.tsx). */
export const WITHOUT_RUNTIME_META = "candor-client-runtime";
const OPTED_OUT = new RegExp(`<meta\\b[^>]*\\bname\\s*=\\s*["']?${WITHOUT_RUNTIME_META}["'\\s>][^>]*>`, "i");

/** Whether the page says it works without Next's client runtime. */
export function worksWithoutClientRuntime(html) {
  return OPTED_OUT.test(html);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel\s*=\s*["']?(?:preload|modulepreload)\b)(?=[^>]*\bhref\s*=\s*["']?\/_next\/)(?=[^>]*\bas\s*=\s*["']?script\b|[^>]*\brel\s*=\s*["']?modulepreload\b)[^>]*>/gi;
const NEXT_SOURCE = /\bsrc\s*=\s*["']?\/_next\//i;
const NEXT_INLINE = /self\.__next_f|globalThis\[["']TURBOPACK["']\]|\bTURBOPACK\b/;

/** `html` without Next's scripts and script preloads (see above). */
export function withoutClientRuntime(html) {
  return html
    .replace(SCRIPT, (tag, attributes, body) => (isNextScript(attributes, body) ? "" : tag))
    .replace(SCRIPT_PRELOAD, "");
}

function isNextScript(attributes, body) {
  if (NEXT_SOURCE.test(attributes)) return true;
  if (/\bsrc\s*=/i.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  if (type && !["text/javascript", "application/javascript", "module"].includes(type)) return false;
  return NEXT_INLINE.test(body);
}
