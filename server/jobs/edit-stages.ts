import "server-only";
import { db } from "@/db/client";
import { countApplicationsInStage, insertStageLast, listLiveStages, updateStage } from "@/db/queries/job-stages";
import type { StageKind } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assertManagesJobs, lockManagedJob, refreshJobPages, type JobEditor } from "./managed-job";

// The stages editor. Every use case locks the job first, so concurrent edits of one job's stages queue
// up instead of interleaving positions. Stages show only in the dashboard, so the careers pages stay.

function stageIn<T extends { id: string }>(stages: T[], stageId: string): T {
  const stage = stages.find((s) => s.id === stageId);
  if (!stage) throw new AppError("NOT_FOUND", "This stage no longer exists. Reload the page.");
  return stage;
}

export async function addStage(actor: JobEditor, jobId: string, stage: { name: string; kind: StageKind }): Promise<string> {
  const scope = assertManagesJobs(actor);
  const stageId = await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    return insertStageLast(tx, actor.organizationId, jobId, stage);
  });
  refreshJobPages(actor, jobId, { careers: false });
  return stageId;
}

export async function renameStage(actor: JobEditor, jobId: string, stageId: string, name: string): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    stageIn(await listLiveStages(tx, jobId), stageId);
    await updateStage(tx, jobId, stageId, { name });
  });
  refreshJobPages(actor, jobId, { careers: false });
}

/** Swaps the stage with its neighbour among the live stages; at either end it stays where it is. */
export async function moveStage(actor: JobEditor, jobId: string, stageId: string, direction: "up" | "down"): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    const stages = await listLiveStages(tx, jobId);
    const index = stages.indexOf(stageIn(stages, stageId));
    const other = stages[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    const stage = stages[index]!;
    await updateStage(tx, jobId, stage.id, { position: other.position });
    await updateStage(tx, jobId, other.id, { position: stage.position });
  });
  refreshJobPages(actor, jobId, { careers: false });
}

/**
 * Archives a stage that holds no application of any status (rejected and withdrawn applications keep
 * their stage, so they would otherwise point at a stage the pipeline no longer shows). A job keeps at
 * least one stage: new applications go to the first.
 */
export async function removeStage(actor: JobEditor, jobId: string, stageId: string): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    const stages = await listLiveStages(tx, jobId);
    const stage = stageIn(stages, stageId);
    const n = await countApplicationsInStage(tx, stageId);
    if (n > 0) {
      throw new AppError("CONFLICT", `“${stage.name}” still holds ${n} application${n === 1 ? "" : "s"}. Move its ${n} applicant${n === 1 ? "" : "s"} first.`);
    }
    if (stages.length === 1) throw new AppError("CONFLICT", "A job needs at least one stage. Add another before removing this one.");
    await updateStage(tx, jobId, stageId, { archivedAt: new Date() });
  });
  refreshJobPages(actor, jobId, { careers: false });
}
