import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * Two app servers on one PostgreSQL database (DATABASE_URL's server, or 127.0.0.1:5432), each a
 * production server (server.mjs, as `npm start` runs it) on the build: the spec starts them, with the S3 and SMTP servers they share,
 * and stops them by process id. Build first (`npm run test:e2e` does).
 */
export default defineConfig({
  ...base,
  testDir: "e2e/multi-server",
  testIgnore: [],
  globalSetup: undefined,
  webServer: undefined,
  workers: 1,
  fullyParallel: false,
  // Two servers start (a migration on the first), then three tests; about 30 s on an idle 2-core machine.
  timeout: 120_000,
  use: { ...base.use, baseURL: undefined },
});
