"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { recordDecision } from "./record-decision";
import { revealIdentity } from "./reveal-identity";
import { recordDecisionSchema, revealIdentitySchema } from "@/lib/validation/review";

// Shared by every page that renders ApplicationReview. The capability is a first gate; the use cases
// check organisation, team and the application's state again.

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
