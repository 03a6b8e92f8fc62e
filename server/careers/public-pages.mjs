// Plain JavaScript (with public-pages.d.mts beside it): the custom server (server.mjs) runs it uncompiled.
import { gzipSync } from "node:zlib";
import { hashPolicy } from "../../lib/security-headers.mjs";
import { withoutClientRuntime, worksWithoutClientRuntime } from "../../lib/careers/client-runtime.mjs";
import { PageCache } from "./page-cache.mjs";

/**
 * The careers list and posting pages, as the custom server (server.mjs) serves them in front of Next's
 * request handler:
 * - without the client runtime, when the page says it needs none (WithoutClientRuntime): Next renders
 *   them, and its scripts are taken out of the HTML, with the script policy recomputed for what is left
 *   (lib/careers/client-runtime.mjs). The list and posting pages say so; the apply form may too, once
 *   it works as plain HTML with a small script of its own;
 * - from memory: an anonymous GET of a stored page (Next's incremental cache said HIT or MISS, lifetime
 *   left) is kept as bytes ready to write, plain and gzipped, and later answered before Next's pipeline
 *   runs (ten times and more the requests per second of Next's own cache: bench/careers.mjs). Every server drops an organisation's
 *   pages when the public cache drops its data (PAGE_CACHE_HOOK, called from
 *   server/cache/next-response-cache.ts), so a change shows on every server as it did before.
 * Everything else goes to Next untouched.
 */

/** Where the process's page cache is found by the bundled app code (server/cache/next-response-cache.ts). */
export const PAGE_CACHE_HOOK = Symbol.for("candor.public-page-cache");

// /careers/{org}, /careers/{org}/{job} and its apply form; not the feeds or the privacy page.
const PAGE = /^\/careers\/([^/?]+)(?:\/([^/?]+)(?:\/apply)?)?\/?$/;
const NOT_PAGES = new Set(["feed.xml", "indeed.xml", "privacy"]);
// lib/careers/filters.ts `filterParamNames` (a test checks): a filtered list is rendered per request (proxy.ts).
export const FILTER_PARAMS = ["q", "department", "location", "workplace", "type"];
// Set by Next or by the connection, never replayed from a stored page.
const NOT_STORED_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "x-candor-stored-at"]);
const CSP = "content-security-policy";

/** The organisation of a careers list or posting path, or null when the path is not one. */
export function careersPageScope(pathname) {
  const match = PAGE.exec(pathname);
  if (!match || (match[2] !== undefined && NOT_PAGES.has(match[2]))) return null;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return null;
  }
}

/** `handle` (Next's request handler) wrapped: `serve(req, res)` answers careers pages as described above. */
export function publicPages(handle, { maxBytes } = {}) {
  const pages = new PageCache({ maxBytes });
  globalThis[PAGE_CACHE_HOOK] = { invalidate: (scope) => pages.invalidate(scope) };

  /** Answers `req` from memory when it can, else sends it on: see above. */
  function serve(req, res) {
    if (req.method === "GET" || req.method === "HEAD") {
      // The hot path: a stored page asked for by its exact address, with no query to read.
      const hit = pages.get(req.url);
      if (hit && isAnonymousPageRequest(req)) {
        writeStored(req, res, hit);
        return Promise.resolve();
      }
    }
    return render(req, res).catch((error) => answerFailure(res, error));
  }

  async function render(req, res) {
    const url = req.url ?? "/";
    const queryAt = url.indexOf("?");
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const scope = req.method === "GET" || req.method === "HEAD" ? careersPageScope(pathname) : null;
    if (scope === null) return handle(req, res);

    const key = pageKey(pathname);
    const storable = key !== null && isAnonymousPageRequest(req) && readsNoQuery(url, queryAt);
    if (storable && key !== url) {
      const hit = pages.get(key);
      if (hit) return writeStored(req, res, hit);
    }

    const ticket = pages.ticket(scope);
    const gzip = acceptsGzip(req);
    // Next writes plain HTML for this server to change; it is compressed below.
    delete req.headers["accept-encoding"];
    // A HEAD is rendered as the GET it asks about, so its headers are those of the page as sent (the
    // policy for what is left, the length); Node sends no body for it (the response knows it is a HEAD).
    if (req.method === "HEAD") req.method = "GET";
    const page = await capture(handle, req, res);
    if (page === null) return;
    // Whether the body is gzipped depends on the request: caches in between (s-maxage) must know.
    res.setHeader("vary", withVary(res.getHeader("vary"), "Accept-Encoding"));
    // No body to change or compress (304 Not Modified, 204, 1xx): as Next wrote it.
    if (!statusHasBody(res.statusCode)) return void page.end.call(res);
    // Only a page that rendered and says it needs no runtime (WithoutClientRuntime): Next's 404 for an
    // unknown organisation, for one, is a shell its runtime fills in.
    const rendered = res.statusCode === 200 && isHtml(res) ? page.body.toString("utf8") : null;
    const html = rendered !== null && worksWithoutClientRuntime(rendered) ? withoutClientRuntime(rendered) : null;
    const body = html === null ? page.body : Buffer.from(html, "utf8");
    // A page without its runtime always carries a script policy for what is left, even where Next set
    // none (a direct request for a filtered list's inner address, /careers/{org}/_search, skips proxy.ts).
    if (html !== null) res.setHeader(CSP, res.hasHeader(CSP) ? policiesFor(res.getHeader(CSP), html) : hashPolicy(html));
    const lifetime = storable && html !== null ? storedLifetimeMs(res) : 0;
    res.removeHeader("x-candor-stored-at");
    if (lifetime <= 0) return send(res, gzip ? gzipSync(body, { level: 6 }) : body, gzip, page.end);
    const entry = toEntry(res, body, lifetime);
    pages.set(key, entry, ticket);
    send(res, (gzip ? entry.gzip : entry.plain).body, gzip, page.end);
  }

  return { serve, pages };
}

/**
 * The answer when serving failed (Next's handler threw, here or before): logged, and a plain 500 without
 * the headers Next had set, whose cache-control (s-maxage) would let caches in between keep the error; or,
 * when part of the response went out already, the connection closed, so no one takes it as whole.
 */
export function answerFailure(res, error) {
  console.error("candor: a page could not be served", error);
  if (res.headersSent) return void res.destroy();
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(500, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" });
  res.end("Something went wrong. Please try again.");
}

/**
 * The key a page is kept under: its path with every segment in one spelling (`%61cme` is `acme`, as Next
 * reads it; an encoded slash stays one) and no trailing slash. Else each made-up spelling of a real page
 * would be kept again, and a few thousand of them would push every other page out. null when a segment
 * is not valid percent-encoding (Next answers that with an error, not a page).
 */
function pageKey(pathname) {
  const trimmed = pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
  try {
    return trimmed
      .split("/")
      .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
      .join("/");
  } catch {
    return null;
  }
}

/** A Vary header value with `name` added, unless it is already there (or the value is `*`). */
function withVary(current, name) {
  const names = (Array.isArray(current) ? current : [current ?? ""])
    .flatMap((value) => String(value).split(","))
    .map((value) => value.trim())
    .filter(Boolean);
  if (names.some((value) => value === "*" || value.toLowerCase() === name.toLowerCase())) return names.join(", ");
  return [...names, name].join(", ");
}

const statusHasBody = (status) => status >= 200 && status !== 204 && status !== 304;

/**
 * Whether the stored page answers this request as Next would: not one of Next's own navigations (they
 * ask for the RSC payload) and no preview cookie. A session cookie changes nothing: these pages read no
 * session (app/(public)/careers), and Next serves them the same stored page.
 */
function isAnonymousPageRequest(req) {
  const { headers } = req;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined) return false;
  return headers.cookie === undefined || !headers.cookie.includes("__prerender_bypass");
}

/** No filter in the query: those are rendered per request (proxy.ts); other parameters, such as campaign tags, only the browser reads. */
function readsNoQuery(url, queryAt) {
  if (queryAt === -1) return true;
  const params = new URLSearchParams(url.slice(queryAt + 1));
  return !params.has("_rsc") && !FILTER_PARAMS.some((name) => params.has(name));
}

function acceptsGzip(req) {
  const accepted = req.headers["accept-encoding"];
  return accepted !== undefined && accepted.includes("gzip") && !/\bgzip\s*;\s*q\s*=\s*0(?:\.0*)?\s*(?:,|$)/i.test(accepted);
}
const isHtml = (res) => String(res.getHeader("content-type") ?? "").startsWith("text/html");

/**
 * The policies the response carried, with the document policy (the one naming script-src) recomputed for
 * the page as sent: Next's nonce or the cache handler's hashes were for scripts no longer in it.
 */
function policiesFor(current, html) {
  const list = Array.isArray(current) ? current : [String(current)];
  return list.map((policy) => (policy.includes("script-src") ? hashPolicy(html) : policy));
}

/**
 * How much longer the page Next served may be served from memory: its lifetime (s-maxage) less the time
 * since Next stored it (server/careers/csp-cache-handler.mjs notes when). 0 for anything not a stored
 * page, not a 200, or setting a cookie.
 */
function storedLifetimeMs(res) {
  if (res.statusCode !== 200 || res.hasHeader("set-cookie")) return 0;
  const nextCache = res.getHeader("x-nextjs-cache");
  if (nextCache !== "HIT" && nextCache !== "MISS") return 0;
  const maxAge = /\bs-maxage=(\d+)/.exec(String(res.getHeader("cache-control") ?? ""))?.[1];
  const storedAt = Number(res.getHeader("x-candor-stored-at"));
  if (maxAge === undefined || !Number.isFinite(storedAt) || storedAt <= 0) return 0;
  return storedAt + Number(maxAge) * 1000 - Date.now();
}

/**
 * Status, headers and body, ready to write again: the headers once for the plain body and once gzipped,
 * and each also as the flat list a hit writes at once (with x-nextjs-cache: HIT, as Next says on a hit,
 * and x-candor-cache: memory).
 */
function toEntry(res, body, lifetimeMs) {
  const headers = {};
  for (const [name, value] of Object.entries(res.getHeaders())) if (!NOT_STORED_HEADERS.has(name)) headers[name] = value;
  const gzipped = gzipSync(body, { level: 6 });
  const variant = (extra, bytes) => {
    const all = { ...headers, ...extra };
    // Says where a hit came from, for tests and for anyone reading a response.
    const hit = { ...all, "x-nextjs-cache": "HIT", "x-candor-cache": "memory" };
    const raw = Object.entries(hit).flatMap(([name, value]) => (Array.isArray(value) ? value.map((one) => [name, String(one)]) : [[name, String(value)]]));
    return { headers: all, raw: raw.flat(), body: bytes };
  };
  return {
    status: res.statusCode,
    plain: variant({ "content-length": body.length }, body),
    gzip: variant({ "content-encoding": "gzip", "content-length": gzipped.length }, gzipped),
    bytes: body.length + gzipped.length,
    expiresAt: Date.now() + lifetimeMs,
  };
}

/** Sends `bytes` (gzipped, or not) with the headers Next set, through the response's own `end`. */
function send(res, bytes, gzipped, end) {
  if (gzipped) res.setHeader("content-encoding", "gzip");
  else res.removeHeader("content-encoding");
  res.setHeader("content-length", bytes.length);
  end.call(res, bytes);
}

function writeStored(req, res, entry) {
  const { raw, body } = acceptsGzip(req) ? entry.gzip : entry.plain;
  res.writeHead(entry.status, raw);
  res.end(req.method === "HEAD" ? undefined : body);
}

/**
 * Runs Next's handler with the response's body held back: resolves to what Next wrote (and the real
 * `end`, to send the changed page with), or null when the response goes out as Next writes it (Next
 * returned before ending it: a closed connection, say).
 */
function capture(handle, req, res) {
  const chunks = [];
  const { write, end, flushHeaders, writeHead } = res;
  const restore = () => Object.assign(res, { write, end, flushHeaders, writeHead });
  return new Promise((resolve, reject) => {
    const push = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
    };
    res.flushHeaders = () => undefined;
    res.writeHead = (status, reason, headers) => {
      res.statusCode = status;
      const list = typeof reason === "object" ? reason : headers;
      if (Array.isArray(list)) for (let i = 0; i + 1 < list.length; i += 2) res.setHeader(list[i], list[i + 1]);
      else if (list) for (const [name, value] of Object.entries(list)) res.setHeader(name, value);
      return res;
    };
    res.write = (chunk, encoding, callback) => {
      push(chunk, encoding);
      (typeof encoding === "function" ? encoding : callback)?.();
      return true;
    };
    res.end = (chunk, encoding, callback) => {
      push(chunk, encoding);
      restore();
      resolve({ body: Buffer.concat(chunks), end });
      (typeof encoding === "function" ? encoding : callback)?.();
      return res;
    };
    Promise.resolve(handle(req, res)).then(
      () => {
        if (res.end !== end) {
          // Next returned without ending the response: what it wrote so far goes out as it is, and
          // whatever it writes next straight after it.
          restore();
          for (const chunk of chunks) res.write(chunk);
          resolve(null);
        }
      },
      (error) => {
        restore();
        reject(error);
      },
    );
  });
}
