"use server";

import { revalidatePath } from "next/cache";
import { updateScorecardVisibility } from "@/db/queries/scorecards";
import { memberAction } from "@/server/action";
import { scorecardVisibilitySchema } from "@/lib/validation/interviews";

/** Admins choose when hiring managers and interviewers may read each other's scorecards. */
export const updateScorecardVisibilityAction = memberAction("settings.reviews.edit", scorecardVisibilitySchema, async ({ scorecardVisibility }, member) => {
  await updateScorecardVisibility(member, scorecardVisibility);
  revalidatePath("/settings/reviews");
  return null;
});
