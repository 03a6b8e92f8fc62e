import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { JOBS_SCHEMA } from "./boss";
import { enqueue } from "./enqueue";

/** A storage sweep job that failed for good with `error`, as the runner would have left it. For e2e tests. */
export async function createFailedJobForTest(error: string): Promise<string> {
  return db().transaction(async (tx) => {
    const id = await enqueue(tx, "storage.sweep", {}, { delaySeconds: 3600 });
    if (!id) throw new Error("a storage sweep is already queued");
    await tx.execute(sql`
      update ${sql.identifier(JOBS_SCHEMA)}.job
      set state = 'failed', retry_count = retry_limit, started_on = now(), completed_on = now(),
          output = jsonb_build_object('message', ${error}::text)
      where id = ${id}::uuid`);
    return id;
  });
}
