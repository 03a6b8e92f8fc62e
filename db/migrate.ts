import path from "node:path";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any constant works; it only has to be the same in every Candor process sharing a database.
const MIGRATION_LOCK_KEY = 727_110_001;

/** Applies the committed migrations. The same SQL runs on both drivers. */
export async function migrateDatabase({ driver }: DatabaseHandle): Promise<void> {
  if (driver.name === "pglite") {
    await migratePglite(drizzlePglite(driver.client), { migrationsFolder });
    return;
  }
  // Several app processes may start at once against one server: one migrates while the others
  // wait on the lock, then find nothing left to do. The lock lives on one dedicated connection.
  const client = await driver.pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    client.release();
  }
}
