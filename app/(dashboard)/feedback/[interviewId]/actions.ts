"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { saveScorecardDraft, submitScorecard } from "@/server/scorecards/save-scorecard";
import { scorecardSchema, submitScorecardSchema } from "@/lib/validation/scorecard";

// Any role may call these; the use cases let through only the interview's own interviewers on the job's team.

/** Autosave: keeps the interviewer's draft. Refused once the scorecard is submitted (submit again to change it). */
export const saveScorecardDraftAction = memberAction("scorecards.submit", scorecardSchema, async (values, member) => {
  const saved = await saveScorecardDraft(member, values);
  return { version: saved.version, status: saved.status };
});

/** Submits (or resubmits, keeping the previous version) the interviewer's scorecard. */
export const submitScorecardAction = memberAction("scorecards.submit", submitScorecardSchema, async (values, member) => {
  const saved = await submitScorecard(member, values);
  revalidatePath("/feedback", "layout");
  revalidatePath("/applications/[applicationId]", "layout");
  return { version: saved.version, status: saved.status };
});
