import "server-only";
import { and, asc, eq, inArray, isNull, notInArray } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { InterviewPlan } from "@/lib/validation/interviews";
import { db } from "../client";
import { jobStages, jobs, plannedInterviews, type ScorecardTemplate, type StageKind } from "../schema";

export { DEFAULT_PLAN } from "@/lib/interviews/default-plan";
export { insertDefaultInterviewPlan } from "./default-interview-plan";
import { onViewersTeam } from "./visibility";

/** Stages that hold interviews: screens and interviews that have not been removed. */
const INTERVIEW_KINDS: StageKind[] = ["screen", "interview"];

export type PlanStage = {
  id: string;
  name: string;
  kind: StageKind;
  interviews: { id: string; name: string; template: ScorecardTemplate }[];
};

/** The job's live interview stages with their planned interviews, or null when the viewer cannot see the job. */
export async function getInterviewPlan(viewer: Viewer, jobId: string): Promise<PlanStage[] | null> {
  const [job] = await db()
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id)));
  if (!job) return null;
  const stages = await db()
    .select({ id: jobStages.id, name: jobStages.name, kind: jobStages.kind })
    .from(jobStages)
    .where(and(eq(jobStages.jobId, job.id), isNull(jobStages.archivedAt), inArray(jobStages.kind, INTERVIEW_KINDS)))
    .orderBy(asc(jobStages.position));
  const planned = await db()
    .select({ id: plannedInterviews.id, stageId: plannedInterviews.stageId, name: plannedInterviews.name, template: plannedInterviews.template })
    .from(plannedInterviews)
    .where(and(eq(plannedInterviews.jobId, job.id), eq(plannedInterviews.organizationId, viewer.organizationId)))
    .orderBy(asc(plannedInterviews.position), asc(plannedInterviews.createdAt));
  return stages.map((stage) => ({
    ...stage,
    interviews: planned.filter((p) => p.stageId === stage.id).map(({ id, name, template }) => ({ id, name, template })),
  }));
}

/**
 * Replaces the plan of the job's live interview stages with `plan`: planned interviews keep their id
 * (interviews already scheduled from them stay linked), new ones are added, missing ones removed.
 * Only admins and recruiters reach this (the action checks the role); the job must be in their organisation.
 */
export async function saveInterviewPlan(viewer: Viewer, plan: InterviewPlan): Promise<void> {
  await db().transaction(async (tx) => {
    const [job] = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(and(eq(jobs.id, plan.jobId), eq(jobs.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id)))
      .for("update");
    if (!job) throw new AppError("NOT_FOUND", "This job no longer exists.");
    const stages = await tx
      .select({ id: jobStages.id })
      .from(jobStages)
      .where(and(eq(jobStages.jobId, job.id), isNull(jobStages.archivedAt), inArray(jobStages.kind, INTERVIEW_KINDS)));
    const liveStageIds = new Set(stages.map((stage) => stage.id));
    for (const stage of plan.stages) {
      if (!liveStageIds.has(stage.stageId)) {
        throw new AppError("CONFLICT", "A stage of this job was changed meanwhile. Reload the page and try again.");
      }
    }
    const existing = await tx
      .select({ id: plannedInterviews.id, stageId: plannedInterviews.stageId })
      .from(plannedInterviews)
      .where(eq(plannedInterviews.jobId, job.id));
    const existingStage = new Map(existing.map((row) => [row.id, row.stageId]));
    const kept: string[] = [];
    let position = 0;
    for (const stage of plan.stages) {
      for (const interview of stage.interviews) {
        const template: ScorecardTemplate = { focusAreas: interview.focusAreas };
        if (interview.id && existingStage.get(interview.id) === stage.stageId) {
          kept.push(interview.id);
          await tx
            .update(plannedInterviews)
            .set({ name: interview.name, template, position: position++ })
            .where(eq(plannedInterviews.id, interview.id));
        } else {
          const [row] = await tx
            .insert(plannedInterviews)
            .values({ organizationId: viewer.organizationId, jobId: job.id, stageId: stage.stageId, name: interview.name, template, position: position++ })
            .returning({ id: plannedInterviews.id });
          kept.push(row!.id);
        }
      }
    }
    const planStageIds = plan.stages.map((stage) => stage.stageId);
    if (planStageIds.length > 0) {
      await tx
        .delete(plannedInterviews)
        .where(
          and(
            eq(plannedInterviews.jobId, job.id),
            inArray(plannedInterviews.stageId, planStageIds),
            kept.length > 0 ? notInArray(plannedInterviews.id, kept) : undefined,
          ),
        );
    }
  });
}
