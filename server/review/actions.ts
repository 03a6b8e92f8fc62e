"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { revealIdentity } from "./reveal-identity";
import { revealIdentitySchema } from "@/lib/validation/review";

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
