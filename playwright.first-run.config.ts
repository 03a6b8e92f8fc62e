import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * A brand-new install: each test starts its own `next start` of the production build on a new, EMPTY
 * PostgreSQL database (DATABASE_URL's server, or 127.0.0.1:5432) with its own SMTP server, and stops them
 * by process id. The other configs seed the demo first, so the first run needs a server of its own.
 * Build first (`npm run test:e2e` does).
 */
export default defineConfig({
  ...base,
  testDir: "e2e/first-run",
  testIgnore: [],
  globalSetup: undefined,
  webServer: undefined,
  workers: 1,
  fullyParallel: false,
  // A server start (migrating a new database), several sign-ins (argon2) and an email round trip.
  timeout: 180_000,
  use: { ...base.use, baseURL: undefined },
});
