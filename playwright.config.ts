import { defineConfig, devices } from "@playwright/test";
import { INBOUND_SECRET } from "./e2e/inbound-relay";
import { SMTP_PORT } from "./e2e/smtp-sink";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
const usesServerDatabase = Boolean(process.env.DATABASE_URL);
// A test's API requests reuse one kept-alive connection: with Node's 5 s idle timeout, a request sent after a
// few seconds of browser work could meet the server closing that connection (a reset, not retried for a
// POST). Longer than any test, as a proxy in front of Candor would be told.
const keepAlive = "--keep-alive-timeout 65000";

/**
 * End-to-end tests run against a production build (`next build` first, see the test:e2e script), served
 * as `npm start` serves it (server.mjs), in
 * Debian's Chromium. Without DATABASE_URL the app runs on a fresh embedded database, seeded on start;
 * with it, the demo data is seeded into that database before the server starts.
 */
export default defineConfig({
  testDir: "e2e",
  testIgnore: ["quickstart/**", "multi-server/**", "first-run/**"],
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A real SMTP server for the app under test to deliver to (see e2e/smtp-sink.ts), and a real OpenID
  // Connect provider for single sign-on (e2e/oidc-provider.ts).
  globalSetup: ["./e2e/smtp-sink.ts", "./e2e/oidc-provider.ts"],
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // A safety net, not a measure: on a slow 2-core machine the longest flows (sign-ins, several pages, axe
  // on each) took up to 40 s under a full run.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // CI shows only the reporter's text, and recording a trace (a screencast and DOM snapshots of every step)
    // cost a fifth of the run's CPU there: measured 144 s against 115 s for two specs. Locally it is kept
    // for a failed test.
    trace: process.env.CI ? "off" : "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      // Debian's chromium-headless-shell: the headless build Playwright itself uses for headless runs. The
      // full browser in headless mode ran the suite about 40 % slower here (software GPU compositing).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    command: usesServerDatabase
      ? `rm -rf .next/cache/fetch-cache && npm run db:seed && node server.mjs -p ${port} -H 127.0.0.1 ${keepAlive}`
      : `rm -rf .data/e2e .next/cache/fetch-cache && node server.mjs -p ${port} -H 127.0.0.1 ${keepAlive}`,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: ".data/e2e",
      AUTH_SECRET: "e2e-only-secret-0123456789abcdefghijklmnop",
      CANDOR_E2E_FIXTURES: "1",
      APP_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      // Every test applies from 127.0.0.1; the limit itself is tested in Vitest.
      APPLY_RATE_LIMIT_PER_HOUR: "10000",
      // The test identity provider (e2e/oidc-provider.ts) listens on 127.0.0.1.
      SSO_ALLOW_PRIVATE_ISSUERS: "1",
      CALENDAR_FEED_ALLOW_PRIVATE: "1",
      // The webhook receiver of e2e/webhooks.spec.ts listens on 127.0.0.1.
      WEBHOOK_ALLOW_PRIVATE: "1",
      // "Import from Greenhouse/Lever" reads this server's own Greenhouse- and Lever-shaped APIs: another
      // organisation's board stands in for the services (e2e/import-board.spec.ts).
      GREENHOUSE_BOARDS_API_URL: `${baseURL}/api/v1/boards`,
      LEVER_POSTINGS_API_URL: `${baseURL}/api/v0/postings`,
      // Replies to candidate mail: e2e/candidate-email.spec.ts relays them from its own SMTP server.
      INBOUND_EMAIL_DOMAIN: "replies.candor.test",
      INBOUND_EMAIL_SECRET: INBOUND_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
