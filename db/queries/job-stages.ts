import "server-only";
import { and, asc, count, eq, isNull, max } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { db, type Executor } from "../client";
import { applications, jobStages, type StageKind } from "../schema";
import { lockManagedJob } from "./jobs";

// The stages editor. Every function locks the job first, so concurrent edits of one job's stages queue
// up instead of interleaving positions, and refuses viewers who do not manage jobs or are in another org.

async function liveStages(tx: Executor, jobId: string) {
  return tx
    .select({ id: jobStages.id, name: jobStages.name, position: jobStages.position })
    .from(jobStages)
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position));
}

function stageIn<T extends { id: string }>(stages: T[], stageId: string): T {
  const stage = stages.find((s) => s.id === stageId);
  if (!stage) throw new AppError("NOT_FOUND", "This stage no longer exists. Reload the page.");
  return stage;
}

export async function addStage(viewer: Viewer, jobId: string, stage: { name: string; kind: StageKind }) {
  return db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    const [last] = await tx.select({ position: max(jobStages.position) }).from(jobStages).where(eq(jobStages.jobId, jobId));
    const [row] = await tx
      .insert(jobStages)
      .values({ ...stage, organizationId: viewer.organizationId, jobId, position: (last?.position ?? -1) + 1 })
      .returning({ id: jobStages.id });
    return row!.id;
  });
}

export async function renameStage(viewer: Viewer, jobId: string, stageId: string, name: string) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    stageIn(await liveStages(tx, jobId), stageId);
    await tx.update(jobStages).set({ name }).where(and(eq(jobStages.id, stageId), eq(jobStages.jobId, jobId)));
  });
}

/** Swaps the stage with its neighbour among the live stages; at either end it stays where it is. */
export async function moveStage(viewer: Viewer, jobId: string, stageId: string, direction: "up" | "down") {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    const stages = await liveStages(tx, jobId);
    const index = stages.indexOf(stageIn(stages, stageId));
    const other = stages[direction === "up" ? index - 1 : index + 1];
    if (!other) return;
    const stage = stages[index]!;
    await tx.update(jobStages).set({ position: other.position }).where(eq(jobStages.id, stage.id));
    await tx.update(jobStages).set({ position: stage.position }).where(eq(jobStages.id, other.id));
  });
}

/**
 * Archives a stage that holds no application of any status (rejected and withdrawn applications keep
 * their stage, so they would otherwise point at a stage the pipeline no longer shows). A job keeps at
 * least one stage: new applications go to the first.
 */
export async function removeStage(viewer: Viewer, jobId: string, stageId: string) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    const stages = await liveStages(tx, jobId);
    const stage = stageIn(stages, stageId);
    const [inStage] = await tx.select({ n: count() }).from(applications).where(eq(applications.stageId, stageId));
    const n = inStage?.n ?? 0;
    if (n > 0) {
      throw new AppError("CONFLICT", `“${stage.name}” still holds ${n} application${n === 1 ? "" : "s"}. Move its ${n} applicant${n === 1 ? "" : "s"} first.`);
    }
    if (stages.length === 1) throw new AppError("CONFLICT", "A job needs at least one stage. Add another before removing this one.");
    await tx.update(jobStages).set({ archivedAt: new Date() }).where(eq(jobStages.id, stageId));
  });
}
