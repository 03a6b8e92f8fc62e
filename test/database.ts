import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { databaseHandle, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { env } from "@/lib/env";
import { onServer } from "./postgres-admin";

/**
 * Call once at the top of an integration test file: the file gets the migrated database (its own
 * in-memory PGlite, or the run's fresh Postgres database when DATABASE_URL is set). Tests isolate
 * themselves further by creating their own organisation (createIsolatedOrganization).
 *
 * `ownDatabase`: on Postgres, a database for this file alone, for code that works on every row of a
 * table rather than one organisation's (the mail worker claims all due mail, whoever queued it), which
 * would otherwise take rows from files running in parallel.
 */
export function setupTestDatabase({ ownDatabase = false } = {}) {
  let dropOwnDatabase: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    if (ownDatabase && process.env.DATABASE_URL) dropOwnDatabase = await switchToOwnDatabase(process.env.DATABASE_URL);
    await migrateDatabase(databaseHandle());
  });
  afterAll(async () => {
    await databaseHandle().close();
    await dropOwnDatabase?.();
  });
  return db;
}


async function switchToOwnDatabase(serverUrl: string): Promise<() => Promise<void>> {
  const url = new URL(serverUrl);
  const name = `${url.pathname.slice(1)}_${randomBytes(4).toString("hex")}`;
  await onServer(serverUrl, `create database ${name}`);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  const drop = async () => {
    process.env.DATABASE_URL = serverUrl;
    await onServer(serverUrl, `drop database if exists ${name} with (force)`);
  };
  if (env().DATABASE_URL !== url.toString()) {
    await drop();
    throw new Error("setupTestDatabase({ ownDatabase: true }) must run before anything reads the configuration or opens the database");
  }
  return drop;
}
