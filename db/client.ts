import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { env } from "@/lib/env";
import * as schema from "./schema";

/** Both drivers expose the same query builder; we type them as one so queries never care which runs. */
export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Query functions accept either the database or an open transaction. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
  db: Database;
  /** The driver and its raw client, for the few places (migrations) that need them. */
  driver: { name: "postgres"; pool: Pool } | { name: "pglite"; client: PGlite };
  /** Resolves once the database accepts queries. */
  ready: () => Promise<void>;
  close: () => Promise<void>;
};

export type DatabaseTarget = { databaseUrl: string } | { pgliteDataDir: string };

/** Extensions must be handed to every PGlite client; the migrations create them. */
export const pgliteExtensions = { pg_trgm };

export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if ("databaseUrl" in target) {
    const pool = new Pool({ connectionString: target.databaseUrl, connectionTimeoutMillis: 5_000, max: 10 });
    // An idle client that loses its connection must not crash the server; the next query reconnects.
    pool.on("error", (error) => console.error(`candor: idle database connection failed: ${error.message}`));
    return {
      driver: { name: "postgres", pool },
      db: drizzlePg(pool, { schema }),
      ready: async () => {
        const client = await pool.connect();
        client.release();
      },
      close: () => pool.end(),
    };
  }
  const inMemory = target.pgliteDataDir.startsWith("memory://");
  if (!inMemory) mkdirSync(target.pgliteDataDir, { recursive: true });
  const client = new PGlite(target.pgliteDataDir, { extensions: pgliteExtensions });
  return {
    driver: { name: "pglite", client },
    db: drizzlePglite(client, { schema }) as unknown as Database,
    ready: () => client.waitReady,
    close: () => client.close(),
  };
}

export function targetFromEnv(): DatabaseTarget {
  const { DATABASE_URL, PGLITE_DATA_DIR } = env();
  return DATABASE_URL ? { databaseUrl: DATABASE_URL } : { pgliteDataDir: PGLITE_DATA_DIR };
}

// One handle per process, kept on globalThis so dev-mode reloads and separately bundled
// route modules share it (two PGlite clients on one data folder would corrupt it).
const globalForDb = globalThis as unknown as { candorDatabase?: DatabaseHandle };

export function databaseHandle(): DatabaseHandle {
  globalForDb.candorDatabase ??= openDatabase(targetFromEnv());
  return globalForDb.candorDatabase;
}

/** The process-wide database. Opened on first use, so importing this module never connects. */
export function db(): Database {
  return databaseHandle().db;
}
