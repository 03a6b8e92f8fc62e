import { beforeAll } from "vitest";
import { sender } from "@/server/background-jobs/boss";
import { tasks, type TaskName } from "@/server/background-jobs/registry";
import { prepareJobs } from "@/server/background-jobs/runner";
import type { TaskDefinition } from "@/server/background-jobs/task";

/**
 * Call at the top of a test file (after setupTestDatabase) whose use cases queue jobs: creates the app's
 * queues, as a server does when it starts.
 */
export function setupAppQueues() {
  beforeAll(() => prepareJobs({ tasks }));
}

/**
 * Runs the queued jobs of one task now, as the runner would (claims each, runs its handler, marks it done),
 * until none is left. Returns how many ran. For tests of a use case whose work finishes in the background.
 */
export async function runQueuedJobs(name: TaskName): Promise<number> {
  const task: TaskDefinition = tasks[name];
  const boss = sender();
  let ran = 0;
  for (;;) {
    const [job] = await boss.fetch(name, { batchSize: 1 });
    if (!job) return ran;
    await task.handler(task.schema.parse(job.data), { jobId: job.id, attempt: 1, signal: new AbortController().signal });
    await boss.complete(name, job.id);
    ran++;
  }
}
