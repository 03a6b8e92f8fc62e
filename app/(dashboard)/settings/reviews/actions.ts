"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { updateScorecardVisibility } from "@/server/scorecards/update-scorecard-visibility";
import { scorecardVisibilitySchema } from "@/lib/validation/interviews";

/** Admins choose when hiring managers and interviewers may read each other's scorecards. */
export const updateScorecardVisibilityAction = memberAction("settings.reviews.edit", scorecardVisibilitySchema, async ({ scorecardVisibility }, member) => {
  await updateScorecardVisibility(member, scorecardVisibility);
  revalidatePath("/settings/reviews");
  return null;
});
