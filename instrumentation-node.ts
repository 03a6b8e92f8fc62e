import { prepareDatabase } from "./db/bootstrap";
import { env } from "./lib/env";
import { startMailWorker } from "./lib/mail/worker";
import { describeStartupError } from "./lib/startup-error";

/**
 * Migrates (and on a new embedded database, seeds) before serving; on failure prints one line and exits.
 * Then starts delivering mail, when there is an SMTP server to deliver to.
 */
export async function prepareOrExit() {
  try {
    const { driver, seeded } = await prepareDatabase();
    if (seeded) console.log(`candor: created the demo organisation in the ${driver} database`);
  } catch (error) {
    console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
    process.exit(1);
  }
  if (env().SMTP_URL) startMailWorker();
}
