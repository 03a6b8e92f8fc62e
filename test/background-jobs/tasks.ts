import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "@/db/client";
import { defineTask, type TaskRegistry } from "@/server/background-jobs/task";

/** Background tasks for the runner's own tests: their effects are rows in a table only tests use. */
export async function createEffectsTable(db: Database) {
  await db.execute(sql`create table if not exists test_job_effects (key text primary key, runs int not null default 1)`);
}

export async function runsOf(db: Database, key: string): Promise<number> {
  const result = await db.execute<{ runs: number }>(sql`select runs from test_job_effects where key = ${key}`);
  return result.rows[0]?.runs ?? 0;
}

/**
 * `test.record` writes its effect once per key. With `block`, it first hangs (as a server that dies
 * mid-job would) after telling `onStart`.
 */
export function testTasks(db: Database, { block = false, onStart = (key: string): void => void key } = {}) {
  return {
    "test.record": defineTask({
      schema: z.object({ key: z.string().min(1) }),
      handler: async ({ key }) => {
        onStart(key);
        if (block) await new Promise(() => {});
        // Idempotent: a retry after an effect that did happen changes nothing.
        await db.execute(sql`insert into test_job_effects (key) values (${key}) on conflict (key) do update set runs = test_job_effects.runs + 1`);
      },
      retry: { limit: 3, delaySeconds: 1, backoff: false },
      expireInSeconds: 2,
    }),
    "test.fail": defineTask({
      schema: z.object({}),
      handler: async () => {
        throw new Error("the SMTP server said 451 try again later");
      },
      retry: { limit: 3, delaySeconds: 60, backoff: true },
    }),
  } satisfies TaskRegistry;
}
