import { prepareDatabase } from "./db/bootstrap";
import { describeStartupError } from "./lib/startup-error";

/** Migrates (and on a new embedded database, seeds) before serving; on failure prints one line and exits. */
export async function prepareOrExit() {
  try {
    const { driver, seeded } = await prepareDatabase();
    if (seeded) console.log(`candor: created the demo organisation in the ${driver} database`);
  } catch (error) {
    console.error(`candor: ${describeStartupError(error, process.env.DATABASE_URL)}`);
    process.exit(1);
  }
}
