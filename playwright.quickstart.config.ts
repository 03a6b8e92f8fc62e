import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

const port = 3200;
// localhost, as the README prints it: the dev server serves its hot-reload socket to that origin.

/**
 * The README's quick start, as a test: `npm run dev` on a brand-new embedded database, with no
 * configuration, serves the dashboard and every demo user can sign in.
 */
export default defineConfig({
  ...base,
  testDir: "e2e/quickstart",
  testIgnore: [],
  workers: 1,
  timeout: 150_000,
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: "rm -rf .data/quickstart && node scripts/dev.mjs",
    url: `http://localhost:${port}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "ignore",
    env: { PORT: String(port), PGLITE_DATA_DIR: ".data/quickstart", DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
