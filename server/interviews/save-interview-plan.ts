import "server-only";
import { db } from "@/db/client";
import {
  deletePlannedInterviewsExcept,
  insertPlannedInterview,
  listInterviewStages,
  listPlannedInterviewStages,
  updatePlannedInterview,
} from "@/db/queries/interview-plan";
import { lockJob } from "@/db/queries/jobs";
import type { ScorecardTemplate } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { assertCan, jobScope } from "@/lib/permissions";
import type { InterviewPlan } from "@/lib/validation/interviews";
import type { Member } from "@/server/auth/session";

export type PlanEditor = Pick<Member, "organizationId" | "userId" | "role">;

/**
 * Replaces the plan of the job's live interview stages with `plan`: planned interviews keep their id
 * (interviews already scheduled from them stay linked), new ones are added, missing ones removed.
 */
export async function saveInterviewPlan(actor: PlanEditor, plan: InterviewPlan): Promise<void> {
  assertCan(actor, "interviewPlan.edit");
  await db().transaction(async (tx) => {
    const job = await lockJob(tx, jobScope(actor), plan.jobId);
    if (!job) throw new AppError("NOT_FOUND", "This job no longer exists.");
    const liveStageIds = new Set((await listInterviewStages(tx, job.id)).map((stage) => stage.id));
    for (const stage of plan.stages) {
      if (!liveStageIds.has(stage.stageId)) {
        throw new AppError("CONFLICT", "A stage of this job was changed meanwhile. Reload the page and try again.");
      }
    }
    const existingStage = new Map((await listPlannedInterviewStages(tx, job.id)).map((row) => [row.id, row.stageId]));
    const kept: string[] = [];
    let position = 0;
    for (const stage of plan.stages) {
      for (const interview of stage.interviews) {
        const template: ScorecardTemplate = { focusAreas: interview.focusAreas };
        if (interview.id && existingStage.get(interview.id) === stage.stageId) {
          kept.push(interview.id);
          await updatePlannedInterview(tx, interview.id, { name: interview.name, template, position: position++ });
        } else {
          const id = await insertPlannedInterview(tx, {
            organizationId: actor.organizationId,
            jobId: job.id,
            stageId: stage.stageId,
            name: interview.name,
            template,
            position: position++,
          });
          kept.push(id);
        }
      }
    }
    await deletePlannedInterviewsExcept(
      tx,
      job.id,
      plan.stages.map((stage) => stage.stageId),
      kept,
    );
  });
}
