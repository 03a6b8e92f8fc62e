import "server-only";
import { db } from "@/db/client";
import { insertAccessToken } from "@/db/queries/applications";
import { listEmailRecipients, type EmailRecipient } from "@/db/queries/candidate-mail";
import { enqueueEmail } from "@/db/queries/outbox";
import { findOrganizationSettings } from "@/db/queries/pipeline-rejection-settings";
import { newStatusToken } from "@/lib/applications/tokens";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError, fieldError } from "@/lib/errors";
import { zonedTimeToUtc } from "@/lib/interviews/time";
import { firstNameOf, renderCandidateEmail, usesStatusLink } from "@/lib/mail/merge-fields";
import { jobScope, assertCan } from "@/lib/permissions";
import { RECIPIENT_PROBLEMS, recipientProblem, skippedSentence, type SkippedRecipient } from "@/lib/mail/recipients";
import { MAX_SCHEDULE_DAYS, type ComposeEmailData } from "@/lib/validation/mail";
import { branded } from "./brand";
import { candidateReplyAddresses } from "./reply-to";

export type Sender = Viewer & { name: string; timeZone: string };
/** `skipped`: the selected candidates who were left out, and why. */
export type SentEmails = { queued: number; sendAt: Date | null; skipped: SkippedRecipient[] };

/** When a "later" message goes out: the sender's wall-clock time, in the future and within the limit. */
export function scheduledInstant(input: Pick<ComposeEmailData, "when" | "sendAt">, timeZone: string, now = new Date()): Date | null {
  if (input.when !== "later" || !input.sendAt) return null;
  const [date, time] = input.sendAt.split("T") as [string, string];
  const instant = zonedTimeToUtc(date, time, timeZone);
  if (Number.isNaN(instant.getTime()) || instant.getTime() <= now.getTime() + 60_000) throw fieldError("sendAt", "Choose a time at least a minute from now.");
  if (instant.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * 86_400_000) throw fieldError("sendAt", `Choose a time within ${MAX_SCHEDULE_DAYS} days.`);
  return instant;
}

/**
 * Emails one candidate or the cards selected on a board: one message per application, its merge fields
 * filled for that candidate, Reply-To set to the application's own reply address (issued on first use),
 * queued in the outbox now or for the chosen time, all in one transaction. A recipient out of reach (data
 * deleted, application withdrawn, decisions only) is left out and named in `skipped`; when that leaves
 * nobody, nothing is queued and the refusal says why.
 */
export async function sendCandidateEmail(actor: Sender, input: ComposeEmailData): Promise<SentEmails> {
  assertCan(actor, "mail.send");
  const sendAt = scheduledInstant(input, actor.timeZone);
  const { APP_URL } = env();

  return db().transaction(async (tx) => {
    const selected = await listEmailRecipients(tx, jobScope(actor, "mail.send"), input.applicationIds);
    if (selected.length !== input.applicationIds.length) throw new AppError("NOT_FOUND", "One of these applications no longer exists. Reload the page and try again.");
    const skipped = selected.flatMap((r) => {
      const problem = recipientProblem(r, input.decision);
      return problem ? [{ name: r.name, problem }] : [];
    });
    const recipients = selected.filter((r) => !recipientProblem(r, input.decision));
    if (recipients.length === 0) throw new AppError("CONFLICT", nobodyReached(selected[0]!, skipped));
    const org = await findOrganizationSettings(tx, actor.organizationId);
    if (!org) throw new AppError("NOT_FOUND", "This organisation no longer exists.");

    const replyTo = await candidateReplyAddresses(
      tx,
      actor.organizationId,
      recipients.map((r) => r.applicationId),
    );
    // The status link is stored only as a hash, so a message that shows it carries a fresh one.
    const statusLinks = new Map<string, string>();
    if (usesStatusLink(input.subject) || usesStatusLink(input.body)) {
      for (const candidateId of new Set(recipients.map((r) => r.candidateId))) {
        const link = newStatusToken();
        await insertAccessToken(tx, actor.organizationId, candidateId, link.hash);
        statusLinks.set(candidateId, `${APP_URL}/status/${link.token}`);
      }
    }

    let queued = 0;
    for (const recipient of recipients) {
      const message = renderCandidateEmail(input, {
        candidate_first_name: firstNameOf(recipient.name),
        candidate_name: recipient.name,
        job_title: recipient.jobTitle,
        organization_name: org.name,
        status_link: statusLinks.get(recipient.candidateId) ?? "",
        recruiter_name: actor.name,
      });
      const id = await enqueueEmail(tx, {
        organizationId: actor.organizationId,
        candidateId: recipient.candidateId,
        applicationId: recipient.applicationId,
        to: recipient.email,
        replyTo: replyTo.get(recipient.applicationId),
        sentByUserId: actor.userId,
        decision: input.decision,
        ...branded(message, org),
        dedupeKey: `compose:${input.requestId}:${recipient.applicationId}`,
        sendAt: sendAt ?? undefined,
      });
      if (id) queued++;
    }
    return { queued, sendAt, skipped };
  });
}

/** The refusal when nobody selected can get the message: one candidate by name, several by reason. */
function nobodyReached(first: EmailRecipient, skipped: SkippedRecipient[]): string {
  if (skipped.length === 1) return `Not sent: ${first.gone ? "this candidate" : first.name} can't get this email, as ${RECIPIENT_PROBLEMS[skipped[0]!.problem]}.`;
  return `Nothing was sent: none of these ${skipped.length} candidates can get this email. ${skippedSentence(skipped)}`;
}
