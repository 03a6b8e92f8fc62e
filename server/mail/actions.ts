"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { cancelScheduledEmailSchema } from "@/lib/validation/mail";
import { cancelScheduledEmail } from "./cancel-scheduled-email";

// The candidate timeline's actions live here: components/mail/cancel-email-button.tsx calls them.

/** Withdraws a composed email that has not gone out yet. */
export const cancelScheduledEmailAction = memberAction("mail.send", cancelScheduledEmailSchema, async (input, member) => {
  await cancelScheduledEmail(member, input);
  revalidatePath(`/candidates/${input.candidateId}`);
});
