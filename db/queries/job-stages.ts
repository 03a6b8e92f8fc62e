import "server-only";
import { and, asc, count, eq, isNull, max } from "drizzle-orm";
import type { Executor } from "../client";
import { applications, jobStages, type StageKind } from "../schema";

// The stages editor's reads and writes; server/jobs/edit-stages.ts checks permissions, locks the job and
// opens the transaction. Callers pass a job of the organisation they already locked.

/** The job's stages still in the pipeline, in order. */
export async function listLiveStages(executor: Executor, jobId: string) {
  return executor
    .select({ id: jobStages.id, name: jobStages.name, position: jobStages.position })
    .from(jobStages)
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position));
}

/** Adds a stage after every other (archived ones included), returning its id. */
export async function insertStageLast(tx: Executor, organizationId: string, jobId: string, stage: { name: string; kind: StageKind }): Promise<string> {
  const [last] = await tx.select({ position: max(jobStages.position) }).from(jobStages).where(eq(jobStages.jobId, jobId));
  const [row] = await tx
    .insert(jobStages)
    .values({ ...stage, organizationId, jobId, position: (last?.position ?? -1) + 1 })
    .returning({ id: jobStages.id });
  return row!.id;
}

export async function updateStage(tx: Executor, jobId: string, stageId: string, change: { name?: string; position?: number; archivedAt?: Date }) {
  await tx.update(jobStages).set(change).where(and(eq(jobStages.id, stageId), eq(jobStages.jobId, jobId)));
}

/** Applications of any status in the stage (rejected and withdrawn ones keep their stage). */
export async function countApplicationsInStage(executor: Executor, stageId: string): Promise<number> {
  const [row] = await executor.select({ n: count() }).from(applications).where(eq(applications.stageId, stageId));
  return row?.n ?? 0;
}
