"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction, type ActionResult } from "@/server/action";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { candidateFromStatusToken } from "@/server/status/status-candidate";
import { withdrawApplication } from "@/server/status/withdraw-application";
import { setDecisionsOnly } from "@/server/mail/set-decisions-only";
import { deleteDataSchema } from "@/lib/validation/candidate-status";
import { respondOfferSchema } from "@/lib/validation/offers";
import { recordedClientIp } from "@/server/http/client-ip";
import { respondToOffer } from "@/server/offers/respond-to-offer";

// The status link is the candidate's only credential: every action re-reads the candidate from it.

const withdrawInput = z.object({ applicationId: z.uuid(), confirm: z.literal("yes") });

export async function withdrawAction(token: string, formData: FormData) {
  const candidate = await candidateFromStatusToken(token);
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  const input = withdrawInput.safeParse(Object.fromEntries(formData));
  const done = input.success && (await withdrawApplication(candidate, input.data.applicationId));
  redirect(`/status/${encodeURIComponent(token)}?${done ? "withdrawn=1" : "error=withdraw"}`);
}

export type DeleteDataState = (ActionResult<void> | { ok: null }) & { confirm?: string };

/**
 * Returns its errors as form state rather than redirecting, so the page comes back (with or without
 * JavaScript) with the panel open, the message by the box and what was typed still in it.
 */
export async function deleteDataAction(token: string, _previous: DeleteDataState, formData: FormData): Promise<DeleteDataState> {
  const candidate = await candidateFromStatusToken(token);
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  const result = await publicAction(deleteDataSchema, () => anonymizeCandidate(candidate))(formData);
  if (result.ok) redirect(`/status/deleted?organization=${encodeURIComponent(candidate.organizationSlug)}`);
  const typed = formData.get("confirm");
  return { ...result, confirm: typeof typed === "string" ? typed.slice(0, 200) : undefined };
}

/**
 * The candidate's answer to an offer (works without JavaScript): errors come back as form state, with
 * the signature as typed, so the page shows them by the field; success reloads the page with a notice.
 */
export async function respondOfferAction(token: string, _previous: RespondOfferState, formData: FormData): Promise<RespondOfferState> {
  const candidate = await candidateFromStatusToken(token);
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  const requestHeaders = await headers();
  const origin = { ip: recordedClientIp(requestHeaders), userAgent: requestHeaders.get("user-agent")?.slice(0, 512) ?? null };
  const result = await publicAction(respondOfferSchema, (input) => respondToOffer(candidate, input, origin))(formData);
  if (result.ok) redirect(`/status/${encodeURIComponent(token)}?offer=${result.data}`);
  const typed = formData.get("signature");
  return { ...result, signature: typeof typed === "string" ? typed.slice(0, 200) : undefined };
}

export type RespondOfferState = (ActionResult<"accepted" | "declined"> | { ok: null }) & { signature?: string };

const mailPreferenceInput = z.object({ decisionsOnly: z.enum(["yes", "no"]) });

/** "Only email me about decisions" (or every email again): a plain form, so it works without JavaScript. */
export async function mailPreferenceAction(token: string, formData: FormData) {
  const candidate = await candidateFromStatusToken(token);
  if (!candidate) redirect(`/status/${encodeURIComponent(token)}`);
  const input = mailPreferenceInput.safeParse(Object.fromEntries(formData));
  if (input.success) await setDecisionsOnly(candidate, input.data.decisionsOnly === "yes");
  redirect(`/status/${encodeURIComponent(token)}?mail=${input.success ? (input.data.decisionsOnly === "yes" ? "decisions" : "all") : "error"}`);
}
