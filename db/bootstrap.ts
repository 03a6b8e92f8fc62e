import { sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { withTimeout } from "@/lib/timeout";
import { databaseHandle } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDemo } from "./seed";

const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Runs before the app serves: checks the database answers, applies migrations, and seeds the demo
 * organisation into a brand-new embedded database. A brand-new PostgreSQL database (no organisation, no
 * user) is reported as `awaitingSetup`: the first visitor with the setup code creates the organisation
 * at /setup. Throws with a message fit for one log line.
 */
export async function prepareDatabase(): Promise<{ driver: string; seeded: boolean; awaitingSetup: boolean }> {
  env();
  const handle = databaseHandle();
  // A server that does not answer is reported after a while; the embedded database only needs to load,
  // which on a busy machine can take longer than any network timeout, so it is simply awaited.
  if (handle.driver.name === "postgres") {
    await withTimeout(handle.ready(), CONNECT_TIMEOUT_MS, "the database did not answer within 10 seconds");
  } else {
    await handle.ready();
  }
  await migrateDatabase(handle);
  let seeded = false;
  if (handle.driver.name === "pglite") {
    const result = await handle.db.execute<{ empty: boolean }>(sql`select not exists (select 1 from organizations) as empty`);
    if (result.rows[0]?.empty) seeded = await seedDemo(handle.db);
    return { driver: handle.driver.name, seeded, awaitingSetup: false };
  }
  const result = await handle.db.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from organizations) and not exists (select 1 from users) as empty`,
  );
  return { driver: handle.driver.name, seeded, awaitingSetup: Boolean(result.rows[0]?.empty) };
}
