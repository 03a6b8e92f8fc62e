import { prepareDatabase } from "./db/bootstrap";
import { env } from "./lib/env";
import { newSetupCode, openFirstRun } from "./server/setup/first-run";
import { recordPeerAddresses } from "./server/http/client-ip";
import { describeStartupError } from "./lib/startup-error";
import { startPublicCache } from "./server/cache/public";
import { tasks } from "./server/background-jobs/registry";
import { startAppJobRunner } from "./server/background-jobs/runner";

/**
 * Records each connection's address for per-address limits. Migrates (and on a new embedded database,
 * seeds) before serving; on failure prints one line and exits. Then starts the job runner
 * (server/background-jobs), which carries all background work: delivering mail when there is an SMTP
 * server, reading uploaded documents' text for search, scorecard reminders and, with S3 storage, the
 * hourly sweep for objects a crash left without their database row. And listens for public changes
 * other servers announce (server/cache).
 */
export async function prepareOrExit() {
  // First: per-address limits need the connection's address of every request (server/http/client-ip.ts).
  recordPeerAddresses();
  try {
    const { driver, seeded, awaitingSetup } = await prepareDatabase();
    if (seeded) console.log(`candor: created the demo organisation in the ${driver} database`);
    if (awaitingSetup) announceFirstRun();
    await startAppJobRunner(tasks);
  } catch (error) {
    console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
    process.exit(1);
  }
  // Not awaited: a database that refuses the listener is retried in the background, and logged.
  void startPublicCache();
}

/**
 * An empty database: every page sends visitors to /setup, which asks for a code only the operator can
 * read here, in the server's log (as Grafana and Jenkins do), so a stranger cannot claim a fresh server.
 */
function announceFirstRun() {
  const { APP_URL, CANDOR_SETUP_TOKEN } = env();
  const code = CANDOR_SETUP_TOKEN ?? newSetupCode();
  openFirstRun(code);
  const where = CANDOR_SETUP_TOKEN ? "the value of CANDOR_SETUP_TOKEN" : `this setup code: ${code}`;
  console.log(`candor: no organisation yet. Open ${APP_URL}/setup to create yours, with ${where}`);
}
