import "server-only";
import { cancelEmail } from "@/db/queries/outbox";
import { insertApplicationEvents, listPendingRejectionEmails, restoreApplicationRows } from "@/db/queries/pipeline-applications";
import { actingApiKeyId, actingUserId, type Viewer } from "@/lib/auth/viewer";
import type { ChangedApplication } from "@/lib/board/types";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { RestoreApplicationsInput } from "@/lib/validation/pipeline";
import { assertCardsCurrent, assertCardsWritten, boardTransaction, requirePipelineJob } from "./cards";

export type RestoredApplication = ChangedApplication & { emailCancelled: boolean };

/**
 * Brings rejected or withdrawn applicants back to the board, all or none, and withdraws a rejection
 * email still inside its undo window. The cards are one UPDATE and their events one INSERT; each
 * pending email is cancelled through the outbox.
 */
export async function restoreApplications(actor: Viewer, input: RestoreApplicationsInput): Promise<RestoredApplication[]> {
  return boardTransaction(async (tx) => {
    const job = await requirePipelineJob(tx, actor, input.jobId);
    assertCan(actor, "pipeline.move", job);
    const cards = await restoreApplicationRows(tx, { organizationId: actor.organizationId, jobId: job.id, cards: input.applications });
    assertCardsCurrent(cards);
    if (cards.some((card) => card.status !== "rejected" && card.status !== "withdrawn")) {
      throw new AppError("CONFLICT", "This applicant is already on the board.");
    }
    assertCardsWritten(cards);

    const pending = await listPendingRejectionEmails(
      tx,
      actor.organizationId,
      cards.map((card) => card.applicationId),
    );
    const cancelled: typeof pending = [];
    for (const email of pending) {
      if (await cancelEmail(tx, actor.organizationId, email.id)) cancelled.push(email);
    }
    await insertApplicationEvents(tx, {
      organizationId: actor.organizationId,
      actorUserId: actingUserId(actor), actorApiKeyId: actingApiKeyId(actor),
      events: [
        ...cards.map((card) => ({
          applicationId: card.applicationId,
          type: "restored" as const,
          fromStageId: card.stageId,
          toStageId: card.newStageId,
          data: { from: card.status },
        })),
        ...cancelled.map((email) => ({ applicationId: email.applicationId, type: "rejection_email_cancelled" as const, data: { emailId: email.id } })),
      ],
    });
    return cards.map((card) => ({
      applicationId: card.applicationId,
      version: card.newVersion!,
      emailCancelled: cancelled.some((email) => email.applicationId === card.applicationId),
    }));
  });
}
