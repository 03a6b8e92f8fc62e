import { afterAll, beforeAll } from "vitest";
import { databaseHandle, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

/**
 * Call once at the top of an integration test file: the file gets the migrated database (its own
 * in-memory PGlite, or the run's fresh Postgres database when DATABASE_URL is set). Tests isolate
 * themselves further by creating their own organisation (createIsolatedOrganization).
 */
export function setupTestDatabase() {
  beforeAll(async () => {
    await migrateDatabase(databaseHandle());
  });
  afterAll(async () => {
    await databaseHandle().close();
  });
  return db;
}
