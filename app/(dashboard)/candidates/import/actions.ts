"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { importCandidates, previewCandidateImport } from "@/server/candidates/import-candidates";
import { importStepSchema } from "@/lib/validation/candidates";

const step = memberAction("candidates.add", importStepSchema, async (input, member) => {
  if (input.intent === "preview") return { step: "preview" as const, preview: await previewCandidateImport(member, input) };
  const result = await importCandidates(member, input);
  revalidatePath("/candidates");
  return { step: "imported" as const, result };
});

/** One step of the CSV import: read and check the file (preview), or import it. */
export async function importCandidatesAction(input: FormData | Record<string, unknown>) {
  return step(input);
}
