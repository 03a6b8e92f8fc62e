import "server-only";
import { enqueueEmail } from "@/db/queries/outbox";
import { insertApplicationEvents, rejectApplicationRows } from "@/db/queries/pipeline-applications";
import { findOrganizationSettings } from "@/db/queries/pipeline-rejection-settings";
import { branded } from "@/server/mail/brand";
import { candidateReplyAddresses } from "@/server/mail/reply-to";
import { actingApiKeyId, actingUserId, type Viewer } from "@/lib/auth/viewer";
import { rejectionReasonsOf, rejectionTemplateOf, renderRejectionEmail, REJECTION_EMAIL_DELAY_SECONDS } from "@/lib/board/rejection-email";
import type { ChangedApplication } from "@/lib/board/types";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { RejectApplicationsInput } from "@/lib/validation/pipeline";
import { assertCardsCurrent, assertCardsWritten, boardTransaction, requirePipelineJob } from "./cards";

export type RejectedApplication = ChangedApplication & { emailId: string | null };

/**
 * Rejects one or more active applicants with one of the organisation's reasons, all or none, and
 * queues each candidate's rejection email behind the undo window (restoreApplications withdraws it).
 * The cards are one UPDATE and their events one INSERT; each email is one outbox message.
 */
export async function rejectApplications(actor: Viewer, input: RejectApplicationsInput): Promise<RejectedApplication[]> {
  return boardTransaction(async (tx) => {
    const job = await requirePipelineJob(tx, actor, input.jobId);
    assertCan(actor, "pipeline.move", job);
    const org = await findOrganizationSettings(tx, actor.organizationId);
    if (!org) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    if (!rejectionReasonsOf(org.settings).includes(input.reason)) {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", { reason: ["Choose one of the organisation's rejection reasons"] });
    }

    const cards = await rejectApplicationRows(tx, {
      organizationId: actor.organizationId,
      jobId: job.id,
      cards: input.applications,
      reason: input.reason,
      note: input.note || null,
    });
    assertCardsCurrent(cards);
    const notActive = cards.find((card) => card.status !== "active");
    if (notActive) {
      throw new AppError(
        "CONFLICT",
        notActive.status === "hired" ? "This applicant has been hired. Move them out of Hired before rejecting them." : "This applicant is already in the archive.",
      );
    }
    assertCardsWritten(cards);

    await insertApplicationEvents(tx, {
      organizationId: actor.organizationId,
      actorUserId: actingUserId(actor), actorApiKeyId: actingApiKeyId(actor),
      events: cards.map((card) => ({
        applicationId: card.applicationId,
        type: "rejected" as const,
        fromStageId: card.stageId,
        data: { reason: input.reason, ...(input.note ? { note: input.note } : {}), emailQueued: input.sendEmail },
      })),
      webhooks: cards.map((card) => ({ type: "application.rejected" as const, data: { application_id: card.applicationId, job_id: job.id, reason: input.reason } })),
    });

    const template = rejectionTemplateOf(org.settings);
    const emailed = input.sendEmail ? cards.filter((card) => card.email && card.name && card.candidateId && !card.candidateGone) : [];
    const replyTo = await candidateReplyAddresses(tx, actor.organizationId, emailed.map((card) => card.applicationId));
    const rejected: RejectedApplication[] = [];
    for (const card of cards) {
      let emailId: string | null = null;
      // A candidate who was anonymised or merged away has no address to write to any more.
      if (input.sendEmail && card.email && card.name && card.candidateId && !card.candidateGone) {
        emailId = await enqueueEmail(tx, {
          organizationId: actor.organizationId,
          candidateId: card.candidateId,
          applicationId: card.applicationId,
          to: card.email,
          replyTo: replyTo.get(card.applicationId),
          ...branded(renderRejectionEmail(template, { candidate_name: card.name, job_title: job.title, organization_name: org.name }), org),
          dedupeKey: `rejection:${card.applicationId}:${card.newVersion}`,
          delaySeconds: REJECTION_EMAIL_DELAY_SECONDS,
        });
      }
      rejected.push({ applicationId: card.applicationId, version: card.newVersion!, emailId });
    }
    return rejected;
  });
}
