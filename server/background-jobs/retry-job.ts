import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { assertCan } from "@/lib/permissions";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { JOBS_SCHEMA, sender } from "./boss";
import { listBackgroundJobs, type BackgroundJob } from "./list-jobs";
import { tasks } from "./registry";

/** Background jobs serve the whole installation, so the capability is not a job's or a team's. */
type Actor = Parameters<typeof assertCan>[0];
const assertManager = (actor: Actor) => assertCan(actor, "settings.jobs.manage");

const periodic = new Set(Object.entries(tasks).flatMap(([name, task]) => ("repeatSeconds" in task || "schedule" in task ? [name] : [])));

/**
 * What admins see: jobs queued, running or failed, except the next run of a periodic pass (one is always
 * queued), which shows only when it failed or waits to retry.
 */
export async function listJobsForAdmin(actor: Actor): Promise<BackgroundJob[]> {
  assertManager(actor);
  const jobs = await listBackgroundJobs(db());
  return jobs.filter((job) => !periodic.has(job.name) || job.state === "failed" || job.state === "retry");
}

/** Queues a failed job to run again now, with one more attempt than it had. */
export async function retryBackgroundJob(actor: Actor, jobId: string): Promise<void> {
  assertManager(actor);
  const result = await db().execute<{ name: string; state: string }>(
    sql`select name, state::text from ${sql.identifier(JOBS_SCHEMA)}.job where id = ${jobId}::uuid`,
  );
  const job = result.rows[0];
  if (!job) throw new AppError("NOT_FOUND", "This job no longer exists.");
  if (job.state !== "failed") throw new AppError("CONFLICT", "Only a failed job can be retried; this one is queued or running already.");
  try {
    await sender().retry(job.name, jobId);
  } catch (error) {
    // A pass that runs one at a time already has a run waiting to retry: that run does the same work.
    if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "Another run of this job is already waiting to retry.");
    throw error;
  }
}
