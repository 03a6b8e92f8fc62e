// Plain JavaScript (with security-headers.d.mts beside it): next.config.ts, proxy.ts and the cache
// handler that Next loads at run time without compiling it (server/careers/csp-cache-handler.mjs) share it.
import { createHash } from "node:crypto";

/**
 * Candor's security headers, in one place: next.config.ts sets the static ones on every response,
 * proxy.ts the script policy of pages rendered per request (a nonce), and the cache handler the
 * script policy of pages served from Next's cache (hashes of their inline scripts).
 */

// Nothing in Candor uses these; a compromised or framed page cannot ask for them either.
const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/**
 * What every response gets, scripts aside: no default-src or script-src, so the script policy that the
 * proxy (nonce) or the cache (hashes) adds decides scripts alone. A browser enforces every policy a
 * response carries, so the two add up.
 */
export function basePolicy({ frameAncestors = "'none'" } = {}) {
  return [`frame-ancestors ${frameAncestors}`, "object-src 'none'", "base-uri 'self'", "form-action 'self'"].join("; ");
}

/**
 * An HTML document's policy: inline scripts only by nonce or hash, and eval only in development (React
 * uses it there for debugging). Inline styles stay allowed: React and dnd-kit write style attributes.
 */
function documentPolicy(scriptSources, dev) {
  return [
    "default-src 'self'",
    `script-src ${[...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    basePolicy(),
  ].join("; ");
}

/**
 * For a page rendered per request: Next puts the nonce on each script tag it writes, and 'strict-dynamic'
 * extends the trust to the chunks those load ('self' is for browsers without CSP level 3).
 */
export function noncePolicy(nonce, { dev = false } = {}) {
  return documentPolicy(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"], dev);
}

/**
 * For a page stored in Next's cache, where a nonce would be the same for every visitor: the hash of each
 * inline script it holds, and Next's chunks from this origin. No 'strict-dynamic': it would disregard
 * 'self' and block the chunks' script tags.
 */
export function hashPolicy(html) {
  return documentPolicy(["'self'", ...inlineScriptHashes(html)], false);
}

/** 'sha256-…' for every inline script a browser would run (JSON-LD and other data blocks are not run). */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && !["text/javascript", "application/javascript", "module"].includes(type)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Headers for every response besides the policy (next.config.ts adds basePolicy() where no other code
 * sets one). HSTS only when Candor's public address (APP_URL) is https.
 */
export function staticSecurityHeaders(appUrl) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "X-Frame-Options", value: "DENY" },
    ...(appUrl.startsWith("https:") ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/**
 * An uploaded image served from our origin (the careers logo): nothing in it may run or load anything,
 * even when opened on its own as a document (an SVG can hold scripts; ours are sanitised as well).
 */
export function uploadedImagePolicy() {
  return "default-src 'none'; style-src 'unsafe-inline'; sandbox; frame-ancestors 'none'";
}
