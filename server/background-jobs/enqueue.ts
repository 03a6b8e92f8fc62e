import "server-only";
import type { Executor } from "@/db/client";
import { sender } from "./boss";
import { executorAdapter } from "./sql";
import { tasks, type TaskName, type TaskPayload } from "./registry";
import type { TaskRegistry } from "./task";

export type EnqueueOptions = {
  /** Not before this many seconds from now (on the database clock). */
  delaySeconds?: number;
  /** A second job with the same key, while the first is queued, is not created (policy permitting). */
  singletonKey?: string;
};

/**
 * Queues a job on the caller's executor: pass the transaction that records its cause, and the job
 * exists exactly when the cause does. The payload is checked against the task's schema here, so a
 * malformed job is refused at its source rather than failing later on a worker. Returns the job's id,
 * or null when a singleton already holds its place.
 */
export async function enqueue<N extends TaskName>(
  executor: Executor,
  name: N,
  payload: TaskPayload<N>,
  options: EnqueueOptions = {},
): Promise<string | null> {
  return enqueueTask(executor, tasks, name, payload, options);
}

/** enqueue() for any registry (the runner's own tests define theirs). */
export async function enqueueTask(
  executor: Executor,
  registry: TaskRegistry,
  name: string,
  payload: unknown,
  { delaySeconds = 0, singletonKey }: EnqueueOptions = {},
): Promise<string | null> {
  const task = registry[name];
  if (!task) throw new Error(`no background task is named ${name}`);
  const data = task.schema.parse(payload) as object;
  return sender().send(name, data, { startAfter: delaySeconds, singletonKey, db: executorAdapter(executor) });
}
