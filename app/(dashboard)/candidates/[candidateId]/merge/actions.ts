"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { mergeCandidates } from "@/server/candidates/merge-candidates";
import { memberAction, type ActionResult } from "@/server/action";
import { mergeCandidatesSchema } from "@/lib/validation/candidate-search";

/** Merges `mergedId` into `survivorId`; admins and recruiters only, checked again by the use case. */
export const mergeCandidatesAction = memberAction("candidates.merge", mergeCandidatesSchema, async (input, member) => {
  const { survivorId } = await mergeCandidates(member, input);
  revalidatePath("/candidates", "layout");
  redirect(`/candidates/${survivorId}/merge?merged=${input.mergedId}`);
});

export type MergeFormState = ActionResult | { ok: null };

/**
 * The merge form's action (useActionState); it also works as a plain form post without JavaScript. It takes
 * a plain object too, which is how the authorization tests call it directly.
 */
export async function mergeCandidatesFormAction(_previous: MergeFormState, input: FormData | Record<string, unknown>): Promise<MergeFormState> {
  return mergeCandidatesAction(input);
}
