"use server";

import { revalidatePath } from "next/cache";
import { saveInterviewPlan } from "@/db/queries/interview-plan";
import { memberAction } from "@/server/action";
import { interviewPlanSchema } from "@/lib/validation/interviews";

/** Replaces the job's interview plan (its planned interviews and their scorecard templates). */
export const saveInterviewPlanAction = memberAction("interviewPlan.edit", interviewPlanSchema, async (plan, member) => {
  await saveInterviewPlan(member, plan);
  revalidatePath(`/jobs/${plan.jobId}/interview-plan`);
  return null;
});
