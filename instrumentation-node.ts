import { prepareDatabase } from "./db/bootstrap";
import { env } from "./lib/env";
import { startTextExtractionWorker } from "./server/applications/extract-resume-text";
import { startMailWorker } from "./server/mail/worker";
import { sweepOrphanedObjects } from "./server/storage";
import { describeStartupError } from "./lib/startup-error";
import { startPublicCache } from "./server/cache/public";

/**
 * Migrates (and on a new embedded database, seeds) before serving; on failure prints one line and exits.
 * Then starts listening for public changes other servers announce (server/cache); reading uploaded documents' text for search; delivering mail, when there is an SMTP
 * server to deliver to; and with S3 storage, sweeping the bucket hourly for objects a crash left
 * without their database row.
 */
export async function prepareOrExit() {
  try {
    const { driver, seeded } = await prepareDatabase();
    if (seeded) console.log(`candor: created the demo organisation in the ${driver} database`);
  } catch (error) {
    console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
    process.exit(1);
  }
  // Not awaited: a database that refuses the listener is retried in the background, and logged.
  void startPublicCache();
  startTextExtractionWorker();
  if (env().SMTP_URL) startMailWorker();
  if (env().S3_BUCKET) {
    const sweep = () =>
      sweepOrphanedObjects()
        .then((removed) => removed > 0 && console.log(`candor: removed ${removed} orphaned file(s) from the bucket`))
        .catch((error: unknown) => console.error("candor: bucket sweep failed", error));
    setInterval(sweep, 60 * 60_000).unref();
  }
}
