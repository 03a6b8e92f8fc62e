"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { addCandidate } from "@/server/candidates/add-candidate";
import { addCandidateSchema } from "@/lib/validation/candidates";

const add = memberAction("candidates.add", addCandidateSchema, async (input, member) => {
  const result = await addCandidate(member, input);
  if (result.outcome === "added") revalidatePath("/candidates");
  return result;
});

export async function addCandidateAction(input: FormData | Record<string, unknown>) {
  return add(input);
}
