import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdf-parse", "pdfjs-dist", "mammoth"],
  experimental: {
    // A resume and a cover letter of up to 10 MB each, plus file answers, in one no-JavaScript form post.
    serverActions: { bodySizeLimit: "32mb" },
  },
  poweredByHeader: false,
  // Resolve metadata before streaming for every client, not only bots: otherwise a page that turns out
  // not to exist (notFound()) has already been sent with status 200.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
