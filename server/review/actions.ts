"use server";

import { revalidatePath } from "next/cache";
import { recordDecision, revealIdentity } from "@/db/queries/review";
import { memberAction } from "@/server/action";
import { recordDecisionSchema, revealIdentitySchema } from "@/lib/validation/review";

// Shared by every page that renders ApplicationReview. The role lists are a first gate; the query
// functions check organisation, team and the application's state again.

function revalidateApplication(applicationId: string) {
  revalidatePath(`/applications/${applicationId}`, "layout");
  revalidatePath("/hiring");
}

export const revealIdentityAction = memberAction("identity.reveal", revealIdentitySchema, async ({ applicationId }, member) => {
  const result = await revealIdentity(member, applicationId);
  revalidateApplication(applicationId);
  return result;
});

// Any role: a member whose organisation role is interviewer may be the hiring manager on a job's team.
export const recordDecisionAction = memberAction("offers.decide", recordDecisionSchema, async (input, member) => {
  const result = await recordDecision(member, input);
  revalidateApplication(input.applicationId);
  return result;
});
