import "server-only";
import type PgBoss from "pg-boss";
import type { DatabaseHandle, Executor } from "@/db/client";

/**
 * pg-boss talks to the database through anything with executeSql(text, values). These adapters are how
 * one library runs on both of our drivers: the node-postgres pool, and PGlite (one in-process session, no
 * socket), which graphile-worker cannot use (it needs a pg.Pool with a LISTEN connection; bench/jobs.mjs).
 */
export function handleAdapter(handle: DatabaseHandle): PgBoss.Db {
  const { driver } = handle;
  if (driver.name === "postgres") {
    return { executeSql: (text, values) => driver.pool.query(text, values) };
  }
  // PGlite's query() takes one statement with parameters; exec() takes several without (pg-boss's
  // migrations and locked sections), and returns one result per statement.
  const { client } = driver;
  return {
    executeSql: async (text, values) => {
      if (values?.length) return client.query(text, values);
      try {
        return (await client.exec(text)).at(-1) ?? { rows: [] };
      } catch (error) {
        // A failed statement inside pg-boss's own BEGIN ... COMMIT leaves the one session in an aborted
        // transaction, which would fail every later query of the app; end it.
        if (/\bBEGIN\b/i.test(text)) await client.exec("ROLLBACK").catch(() => undefined);
        throw error;
      }
    },
  };
}

type RawClient = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

/**
 * Runs pg-boss's statements on the caller's executor, so a job is written in the caller's transaction and
 * disappears with it on rollback. They go to the executor's own client (a pool or pooled connection, or
 * PGlite or its transaction) as written: pg-boss reuses a numbered parameter under different casts, which
 * drizzle's `sql` would split into separate parameters of different inferred types. runner.test.ts covers
 * this on both drivers.
 */
export function executorAdapter(executor: Executor): PgBoss.Db {
  const client = (executor as unknown as { _: { session: { client?: RawClient } } })._.session.client;
  if (typeof client?.query !== "function") throw new Error("the database executor exposes no client to queue jobs on");
  return { executeSql: async (text, values) => ({ rows: (await client.query(text, values)).rows }) };
}
