"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { sendCandidateEmail } from "@/server/mail/send-candidate-email";
import { formatDateTime } from "@/lib/format";
import { skippedSentence } from "@/lib/mail/recipients";
import { composeEmailSchema } from "@/lib/validation/mail";

export const sendCandidateEmailAction = memberAction("mail.send", composeEmailSchema, async (input, member) => {
  const result = await sendCandidateEmail(member, input);
  revalidatePath("/candidates", "layout");
  return {
    queued: result.queued,
    sendAt: result.sendAt ? `${formatDateTime(result.sendAt, member.timeZone)}` : null,
    skipped: skippedSentence(result.skipped),
  };
});
