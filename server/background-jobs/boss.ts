import "server-only";
import PgBoss from "pg-boss";
import { databaseHandle, type DatabaseHandle } from "@/db/client";
import { handleAdapter } from "./sql";
import type { TaskRegistry } from "./task";

/** pg-boss keeps its tables in their own schema, migrated by pg-boss itself on start. */
export const JOBS_SCHEMA = "pgboss";

export type BossOptions = {
  /** How often maintenance runs: expires jobs whose server died, archives finished ones. */
  maintenanceIntervalSeconds?: number;
  schedule?: boolean;
};

export function createBoss(handle: DatabaseHandle, { maintenanceIntervalSeconds = 30, schedule = true }: BossOptions = {}) {
  const boss = new PgBoss({
    db: handleAdapter(handle),
    schema: JOBS_SCHEMA,
    supervise: true,
    schedule,
    maintenanceIntervalSeconds,
    // Finished jobs leave the live table after an hour and are deleted after a week.
    archiveCompletedAfterSeconds: 3600,
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => console.error(`candor: job runner: ${error.message}`));
  return boss;
}

/** Creates (or updates) a queue per task, so jobs can be enqueued before any runner starts. */
export async function ensureQueues(boss: PgBoss, tasks: TaskRegistry) {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  for (const [name, task] of Object.entries(tasks)) {
    const options = {
      name,
      policy: task.policy ?? "standard",
      retryLimit: task.retry?.limit ?? 3,
      retryDelay: task.retry?.delaySeconds ?? 30,
      retryBackoff: task.retry?.backoff ?? true,
      expireInSeconds: task.expireInSeconds ?? 15 * 60,
    } satisfies PgBoss.Queue;
    if (existing.has(name)) await boss.updateQueue(name, options);
    else await boss.createQueue(name, options);
  }
}

const globalForJobs = globalThis as unknown as { candorJobSender?: { handle: DatabaseHandle; boss: PgBoss } };

/**
 * A pg-boss instance that is never started: enqueueing and retrying only need its statements, run on
 * the caller's executor. One per database handle.
 */
export function sender(handle: DatabaseHandle = databaseHandle()): PgBoss {
  if (globalForJobs.candorJobSender?.handle !== handle) {
    globalForJobs.candorJobSender = { handle, boss: createBoss(handle) };
  }
  return globalForJobs.candorJobSender.boss;
}
