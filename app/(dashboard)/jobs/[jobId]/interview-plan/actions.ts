"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { saveInterviewPlan } from "@/server/interviews/save-interview-plan";
import { interviewPlanSchema } from "@/lib/validation/interviews";

/** Replaces the job's interview plan (its planned interviews and their scorecard templates). */
export const saveInterviewPlanAction = memberAction("interviewPlan.edit", interviewPlanSchema, async (plan, member) => {
  await saveInterviewPlan(member, plan);
  revalidatePath(`/jobs/${plan.jobId}/interview-plan`);
  return null;
});
