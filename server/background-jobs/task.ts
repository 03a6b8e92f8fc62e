import type { z } from "zod";
import type PgBoss from "pg-boss";

/** What a handler learns about the run it is part of. */
export type JobContext = { jobId: string; attempt: number; signal: AbortSignal };

/**
 * A kind of background work. Handlers must be idempotent: a job can run again after a crash, an
 * expiry or an admin's retry, so each checks the durable state it works on (a claim, a status) first.
 */
export type TaskDefinition<S extends z.ZodType = z.ZodType> = {
  schema: S;
  handler: (payload: z.infer<S>, context: JobContext) => Promise<void>;
  /** Failed runs are retried this many times, waiting `delaySeconds`, doubled each time with `backoff`. */
  retry?: { limit: number; delaySeconds: number; backoff: boolean };
  /** A run still active after this long is taken for dead (its server crashed) and retried elsewhere. */
  expireInSeconds?: number;
  /** `stately`: at most one queued and one running job at a time, the shape of a periodic pass. */
  policy?: PgBoss.QueuePolicy;
  /** A cron line: the runner queues a job at these times, once across all servers. */
  schedule?: string;
  /** A pass that runs again this many seconds after each run ends (success or failure), from any server. */
  repeatSeconds?: number;
  /** After a failed pass, wait this long instead. */
  repeatAfterFailureSeconds?: number;
  /** Whether this server runs the task at all (e.g. mail needs an SMTP server). Jobs stay queued otherwise. */
  enabled?: () => boolean;
};

export function defineTask<S extends z.ZodType>(definition: TaskDefinition<S>): TaskDefinition<S> {
  return definition;
}

export type TaskRegistry = Record<string, TaskDefinition>;

/** pg-boss queue names allow letters, digits, `_`, `-` and `.`; ours read `domain.verb`. */
export const DEFAULT_RETRY = { limit: 3, delaySeconds: 30, backoff: true } as const;
