// Next's own response cache (memory, and .next/ for what the build prerendered), plus one thing: every
// page it stores carries a Content-Security-Policy allowing exactly the inline scripts in that page, by
// their hashes. Stored careers pages are served to everyone alike, so a nonce could not be secret, and
// rendering each request to get one would give up the cache (bench/careers.mjs). Next serves a stored
// page's headers with it on every hit. Loaded by Next at run time (next.config.ts `cacheHandler`),
// uncompiled: plain JavaScript.
import FileSystemCacheModule from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import { hashPolicy } from "../../lib/security-headers.mjs";

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;
const CSP = "content-security-policy";
const STORED_AT = "x-candor-stored-at";

/**
 * Adds the page's policy to the entry itself, once: the stored object keeps it, so a hit costs nothing
 * more, and Next serves the very entry it just stored to the request that rendered it (a miss), so that
 * response has the policy too.
 */
function withPolicy(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || value.html === "") return value;
  if (value.headers?.[CSP]) return value;
  value.headers ??= {};
  value.headers[CSP] = hashPolicy(value.html);
  return value;
}

export default class CspCacheHandler extends FileSystemCache {
  async get(...args) {
    const entry = await super.get(...args);
    if (entry?.value) withPolicy(entry.value);
    return entry;
  }

  async set(key, data, ctx) {
    const value = withPolicy(data);
    // When the page was stored, for the custom server's memory copy (server/careers/public-pages.mjs),
    // which must expire with this entry; the custom server takes the header off before sending.
    if (value?.kind === "APP_PAGE" && value.headers) value.headers[STORED_AT] = String(Date.now());
    return super.set(key, value, ctx);
  }
}
