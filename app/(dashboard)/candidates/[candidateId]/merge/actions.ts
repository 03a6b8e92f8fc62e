"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mergeCandidates } from "@/server/candidates/merge-candidates";
import { memberAction } from "@/server/action";
import { mergeCandidatesSchema } from "@/lib/validation/candidate-search";

/** Merges `mergedId` into `survivorId`; admins and recruiters only, checked again by the use case. */
export const mergeCandidatesAction = memberAction("candidates.merge", mergeCandidatesSchema, async (input, member) => {
  const { survivorId } = await mergeCandidates(member, input);
  revalidatePath("/candidates", "layout");
  redirect(`/candidates/${survivorId}/merge?merged=${input.mergedId}`);
});
