import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/db/client";
import { JOBS_SCHEMA } from "./boss";

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export type BackgroundJob = {
  id: string;
  name: string;
  state: JobState;
  /** Runs started so far, the current one included. */
  attempts: number;
  maxAttempts: number;
  /** The message of the last failure, never its stack. */
  lastError: string | null;
  payload: unknown;
  createdAt: Date;
  startAfter: Date;
  startedAt: Date | null;
};

const row = z.object({
  id: z.string(),
  name: z.string(),
  state: z.enum(["created", "retry", "active", "completed", "cancelled", "failed"]),
  retry_count: z.coerce.number(),
  retry_limit: z.coerce.number(),
  output: z.unknown(),
  data: z.unknown(),
  created_on: z.coerce.date(),
  start_after: z.coerce.date(),
  started_on: z.coerce.date().nullable(),
});

const errorMessage = z.object({ message: z.string() }).transform((error) => error.message.slice(0, 500));

/**
 * Jobs that are queued, running or failed, newest first: what an admin needs to see. They live in
 * pg-boss's own table (finished ones move to its archive within the hour). Jobs are instance-wide and
 * carry no organisation's data, only ids (a password reset request carries the address typed, which
 * belongs to no organisation; the jobs page shows no payload).
 */
export async function listBackgroundJobs(executor: Executor, { includeCompleted = false, limit = 200 } = {}): Promise<BackgroundJob[]> {
  const states = includeCompleted ? ["created", "retry", "active", "failed", "completed"] : ["created", "retry", "active", "failed"];
  const result = await executor.execute(sql`
    select id::text, name, state::text, retry_count, retry_limit, output, data, created_on, start_after, started_on
    from ${sql.identifier(JOBS_SCHEMA)}.job
    where state::text in (${sql.join(states.map((state) => sql`${state}`), sql`, `)})
    order by created_on desc, id
    limit ${limit}`);
  return (result.rows as unknown[]).map((raw) => {
    const job = row.parse(raw);
    // pg-boss counts a retry when it starts, so retry_count is the runs started so far, less the first.
    const attempts = job.state === "created" ? 0 : job.retry_count + 1;
    const parsedError = errorMessage.safeParse(job.output);
    return {
      id: job.id,
      name: job.name,
      state: job.state,
      attempts,
      maxAttempts: job.retry_limit + 1,
      lastError: parsedError.success ? parsedError.data : null,
      payload: job.data,
      createdAt: job.created_on,
      startAfter: job.start_after,
      startedAt: job.started_on,
    };
  });
}
