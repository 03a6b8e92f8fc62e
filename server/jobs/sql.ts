import "server-only";
import { sql, type SQL } from "drizzle-orm";
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

/**
 * Runs pg-boss's statements on the caller's executor, so a job is written in the caller's transaction and
 * disappears with it on rollback. Only single parameterised statements come this way (the job insert).
 */
export function executorAdapter(executor: Executor): PgBoss.Db {
  return {
    executeSql: async (text, values = []) => {
      const result = await executor.execute(toSql(text, values));
      return { rows: (result as unknown as { rows: unknown[] }).rows };
    },
  };
}

/** `select $1, $2` with values -> a drizzle SQL whose placeholders are bound again by the driver. */
function toSql(text: string, values: unknown[]): SQL {
  const chunks: SQL[] = [];
  let last = 0;
  for (const match of text.matchAll(/\$(\d+)/g)) {
    chunks.push(sql.raw(text.slice(last, match.index)));
    chunks.push(sql`${values[Number(match[1]) - 1] ?? null}`);
    last = match.index + match[0].length;
  }
  chunks.push(sql.raw(text.slice(last)));
  return sql.join(chunks);
}
