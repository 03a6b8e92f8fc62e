"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { referCandidate } from "@/server/candidates/refer-candidate";
import { referCandidateSchema } from "@/lib/validation/candidates";

const refer = memberAction("candidates.refer", referCandidateSchema, async (input, member) => {
  const result = await referCandidate(member, input);
  revalidatePath("/referrals");
  return result;
});

export async function referCandidateAction(input: FormData | Record<string, unknown>) {
  return refer(input);
}
