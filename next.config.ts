import path from "node:path";
import type { NextConfig } from "next";
import { basePolicy, staticSecurityHeaders, uploadedImagePolicy } from "./lib/security-headers.mjs";

const baseCsp = { key: "Content-Security-Policy", value: basePolicy() };
// Read when the build writes its route manifest: HSTS follows the APP_URL the build saw (README, Security notes).
const appUrl = process.env.APP_URL ?? "http://localhost:3000";

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time, not bundled: PGlite's WASM and data files, argon2's native
  // binary, piscina, which starts its worker threads from its own files, and pg-boss (CommonJS, loads pg).
  // node-ical: its Temporal polyfill breaks when bundled ("BigInt is not a function"); Node loads it as is.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "piscina", "pg-boss", "pdfkit", "node-ical"],
  experimental: {
    // A resume and a cover letter of up to 10 MB each, plus file answers, in one no-JavaScript form post.
    serverActions: { bodySizeLimit: "32mb" },
    // proxy.ts reads that post too (to refuse a hostile one early), and Next hands the action only as much
    // of a body as it kept for the proxy: by default 10 MB, which cut larger applications short.
    proxyClientMaxBodySize: "33mb",
    // Keep rendered careers pages and cached data in memory (an LRU bounded by cacheMaxMemorySize, 50 MB)
    // instead of also writing them under .next/. On disk they would outlive the process: a restarted
    // server, or another one sharing the build directory, would serve pages of a database it is not using
    // (revalidateTag marks live only in memory), and every made-up posting URL would add files forever.
    isrFlushToDisk: false,
  },
  // Next's response cache, unchanged, except that each stored page carries a script policy with the
  // hashes of its own inline scripts (the file says why).
  cacheHandler: path.resolve(__dirname, "server/careers/csp-cache-handler.mjs"),
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders(appUrl) },
      // The base policy, except on a filtered careers view: proxy.ts rewrites it to …/_search with its nonce
      // policy, which a header set here, on either path, would replace (filters: lib/careers/filters.ts).
      { source: "/", headers: [baseCsp] },
      { source: "/:path((?!careers/[^/]+/?$|careers/[^/]+/_search).+)", headers: [baseCsp] },
      {
        source: "/careers/:org",
        missing: ["q", "department", "location", "workplace", "type"].map((key) => ({ type: "query" as const, key })),
        headers: [baseCsp],
      },
      // The status link's token is in the URL: a link followed from there must not carry it away.
      { source: "/status/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
      // So is a password reset link's. "same-origin", not "no-referrer": with the latter a browser sends
      // "Origin: null" on the form's own post, which Next refuses as a cross-site server action.
      { source: "/reset-password/:path*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
      // PDF previews are shown in an iframe on the application page, and nowhere else.
      {
        source: "/api/files/:fileId",
        headers: [
          { key: "X-Frame-Options", value: "SAMEORIGIN" },
          { key: "Content-Security-Policy", value: basePolicy({ frameAncestors: "'self'" }) },
        ],
      },
      // An organisation's uploaded logo (an SVG among them): after the base policy, which it replaces.
      { source: "/api/careers/:org/logo", headers: [{ key: "Content-Security-Policy", value: uploadedImagePolicy() }] },
    ];
  },
  poweredByHeader: false,
  // Next computes a page's ETag by hashing the whole HTML in JavaScript on every request, cached or not:
  // a fifth of the CPU of serving a stored 26 KB careers page (bench/careers.mjs). The pages carry no
  // browser max-age, so a 304 would save a repeat visitor a few gzipped KB; a CDN in front sets its own.
  generateEtags: false,
  // `npm test` type-checks the whole project, tests included, before it builds; its build skips a second check.
  typescript: { ignoreBuildErrors: process.env.CANDOR_TYPECHECKED === "1" },
  // Resolve metadata before streaming for every client, not only bots: otherwise a page that turns out
  // not to exist (notFound()) has already been sent with status 200.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
