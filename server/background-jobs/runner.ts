import "server-only";
import type PgBoss from "pg-boss";
import { databaseHandle, type DatabaseHandle } from "@/db/client";
import { env } from "@/lib/env";
import { createBoss, ensureQueues, type BossOptions } from "./boss";
import type { TaskRegistry } from "./task";

export type JobRunner = { boss: PgBoss; stop: (options?: { graceful?: boolean }) => Promise<void> };

export type RunnerOptions = BossOptions & {
  handle?: DatabaseHandle;
  tasks?: TaskRegistry;
  /** Workers per task on this server; stately tasks still run one job at a time across all servers. */
  concurrency?: number;
  pollingIntervalSeconds?: number;
};

/** Creates pg-boss's tables and the queues, without running anything (bootstrap, tests). */
export async function prepareJobs({ handle = databaseHandle(), tasks }: { handle?: DatabaseHandle; tasks: TaskRegistry }) {
  const boss = createBoss(handle, { schedule: false });
  await boss.start();
  await ensureQueues(boss, tasks);
  await boss.stop({ graceful: false, close: false, wait: true });
}

/**
 * Starts working the queues on this server. Any number of servers may run one on the same database:
 * pg-boss hands each job to one of them (SKIP LOCKED), and a job whose server dies is retried once its
 * expiry passes. On the embedded database it runs in the one process, on PGlite's single session.
 */
export async function startJobRunner(options: RunnerOptions & { tasks: TaskRegistry }): Promise<JobRunner> {
  const { handle = databaseHandle(), tasks, concurrency = env().JOBS_CONCURRENCY, pollingIntervalSeconds = 1 } = options;
  const boss = createBoss(handle, options);
  await boss.start();
  await ensureQueues(boss, tasks);
  const controller = new AbortController();
  for (const [name, task] of Object.entries(tasks)) {
    if (task.enabled && !task.enabled()) continue;
    const work: PgBoss.WorkWithMetadataHandler<object> = async ([job]) => {
      if (!job) return;
      let failed = false;
      try {
        await task.handler(task.schema.parse(job.data), { jobId: job.id, attempt: job.retryCount + 1, signal: controller.signal });
      } catch (error) {
        failed = true;
        throw error;
      } finally {
        // Queued even while this server stops: the next pass may run on another one.
        if (task.repeatSeconds !== undefined) {
          const seconds = failed ? (task.repeatAfterFailureSeconds ?? task.repeatSeconds) : task.repeatSeconds;
          await boss.send(name, {}, { startAfter: seconds }).catch(() => null);
        }
      }
    };
    const workers = task.policy === "stately" || task.policy === "singleton" ? 1 : concurrency;
    for (let i = 0; i < workers; i++) {
      await boss.work(name, { batchSize: 1, pollingIntervalSeconds, includeMetadata: true }, work);
    }
    // A repeating pass is also queued every minute, should its chain ever break (the next run failed to
    // queue); the queue's policy drops that job while one is already waiting.
    const cron = task.schedule ?? (task.repeatSeconds !== undefined ? "* * * * *" : undefined);
    if (cron) await boss.schedule(name, cron, {});
    else await boss.unschedule(name).catch(() => undefined);
    // Start the chain of a repeating pass; a singleton, so servers starting together queue one.
    if (task.repeatSeconds !== undefined) await boss.send(name, {}, {});
  }
  return {
    boss,
    stop: async ({ graceful = true } = {}) => {
      controller.abort();
      await boss.stop({ graceful, close: false, wait: true, timeout: 10_000 });
    },
  };
}

const globalForRunner = globalThis as unknown as { candorJobRunner?: Promise<JobRunner> };

/** The process's runner over the app's tasks, started once (dev-mode reloads import this again). */
export function startAppJobRunner(tasks: TaskRegistry): Promise<JobRunner> {
  globalForRunner.candorJobRunner ??= startJobRunner({ tasks });
  return globalForRunner.candorJobRunner;
}
