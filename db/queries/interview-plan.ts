import "server-only";
import { and, asc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import type { JobScope } from "@/lib/permissions";
import { db, type Executor } from "../client";
import { jobStages, jobs, plannedInterviews, type ScorecardTemplate, type StageKind } from "../schema";
import { inJobScope } from "./visibility";

export { DEFAULT_PLAN } from "@/lib/interviews/default-plan";
export { insertDefaultInterviewPlan } from "./default-interview-plan";

/** Stages that hold interviews: screens and interviews that have not been removed. */
const INTERVIEW_KINDS: StageKind[] = ["screen", "interview"];

export type PlanStage = {
  id: string;
  name: string;
  kind: StageKind;
  interviews: { id: string; name: string; template: ScorecardTemplate }[];
};

/** The job's live interview stages with their planned interviews, or null when the job is not in scope. */
export async function getInterviewPlan(scope: JobScope, jobId: string): Promise<PlanStage[] | null> {
  const [job] = await db()
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, scope.organizationId), inJobScope(scope, jobs.id)));
  if (!job) return null;
  const stages = await listInterviewStages(db(), job.id);
  const planned = await db()
    .select({ id: plannedInterviews.id, stageId: plannedInterviews.stageId, name: plannedInterviews.name, template: plannedInterviews.template })
    .from(plannedInterviews)
    .where(and(eq(plannedInterviews.jobId, job.id), eq(plannedInterviews.organizationId, scope.organizationId)))
    .orderBy(asc(plannedInterviews.position), asc(plannedInterviews.createdAt));
  return stages.map((stage) => ({
    ...stage,
    interviews: planned.filter((p) => p.stageId === stage.id).map(({ id, name, template }) => ({ id, name, template })),
  }));
}

/** The job's live screen and interview stages, in pipeline order. */
export async function listInterviewStages(executor: Executor, jobId: string) {
  return executor
    .select({ id: jobStages.id, name: jobStages.name, kind: jobStages.kind })
    .from(jobStages)
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt), inArray(jobStages.kind, INTERVIEW_KINDS)))
    .orderBy(asc(jobStages.position));
}

/** Every planned interview of the job with its stage (to tell which ones a saved plan keeps). */
export async function listPlannedInterviewStages(executor: Executor, jobId: string) {
  return executor
    .select({ id: plannedInterviews.id, stageId: plannedInterviews.stageId })
    .from(plannedInterviews)
    .where(eq(plannedInterviews.jobId, jobId));
}

export async function updatePlannedInterview(tx: Executor, id: string, change: { name: string; template: ScorecardTemplate; position: number }) {
  await tx.update(plannedInterviews).set(change).where(eq(plannedInterviews.id, id));
}

export async function insertPlannedInterview(
  tx: Executor,
  row: { organizationId: string; jobId: string; stageId: string; name: string; template: ScorecardTemplate; position: number },
): Promise<string> {
  const [inserted] = await tx.insert(plannedInterviews).values(row).returning({ id: plannedInterviews.id });
  return inserted!.id;
}

/** Deletes the job's planned interviews in these stages except `keep`. */
export async function deletePlannedInterviewsExcept(tx: Executor, jobId: string, stageIds: string[], keep: string[]) {
  if (stageIds.length === 0) return;
  await tx
    .delete(plannedInterviews)
    .where(and(eq(plannedInterviews.jobId, jobId), inArray(plannedInterviews.stageId, stageIds), keep.length > 0 ? notInArray(plannedInterviews.id, keep) : undefined));
}
