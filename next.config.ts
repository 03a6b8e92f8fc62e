import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  // Resolve metadata before streaming for every client, not only bots: otherwise a page that turns out
  // not to exist (notFound()) has already been sent with status 200.
  htmlLimitedBots: /.*/,
};

export default nextConfig;
