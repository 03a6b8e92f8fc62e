"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { anonymizeCandidate, findCandidateByTokenHash, withdrawApplication } from "@/db/queries/candidate-status";
import { hashStatusToken } from "@/lib/applications/tokens";

// The status link is the candidate's only credential: every action re-reads the candidate from it.

const withdrawInput = z.object({ applicationId: z.uuid(), confirm: z.literal("yes") });

export async function withdrawAction(token: string, formData: FormData) {
  const candidate = await findCandidateByTokenHash(hashStatusToken(token));
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  const input = withdrawInput.safeParse(Object.fromEntries(formData));
  const done = input.success && (await withdrawApplication(candidate, input.data.applicationId));
  redirect(`/status/${encodeURIComponent(token)}?${done ? "withdrawn=1" : "error=withdraw"}`);
}

export async function deleteDataAction(token: string, formData: FormData) {
  const candidate = await findCandidateByTokenHash(hashStatusToken(token));
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  if (formData.get("confirm") !== "delete my data") redirect(`/status/${encodeURIComponent(token)}?error=confirm-delete`);
  await anonymizeCandidate(candidate);
  redirect(`/status/deleted?organization=${encodeURIComponent(candidate.organizationName)}`);
}
