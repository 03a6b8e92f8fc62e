import "server-only";
import { db } from "@/db/client";
import { insertOfferApproval, insertOfferNotifications, updateOfferAt } from "@/db/queries/offers";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { decidesStep } from "@/lib/offers/approval-step";
import { approverRoleLabels } from "@/lib/offers/letter";
import { todayUtc, type DecideOfferInput } from "@/lib/validation/offers";
import { memberActor } from "@/server/audit/actor";
import { notifyApprovers } from "./notify-approvers";
import { assertNotExpired, OFFER_STALE, requireOffer } from "./offer-access";
import { emitOfferEvent } from "./offer-events";
import { sendOffer } from "./send-offer";

/**
 * Records one approver's decision on the step the offer waits for. Approving moves it to the next step
 * (asking its approvers) or, at the last, sends it to the candidate; declining stops it for good
 * ("rejected by approver") and tells whoever drafted it. Two approvers acting at once: the first wins,
 * the other is told the offer changed (the version compare-and-set, and one decision per step).
 */
export async function decideOffer(actor: Viewer & { email?: string }, input: DecideOfferInput, now = new Date()): Promise<{ version: number }> {
  return db().transaction(async (tx) => {
    const { offer, application } = await requireOffer(tx, actor, input, "offers.approve", "pending_approval");
    const role = offer.approvers[offer.approvalStep];
    if (!role) throw new AppError("STALE_VERSION", OFFER_STALE);
    if (!decidesStep(actor, application.teamRole, role)) {
      throw new AppError("FORBIDDEN", `This offer is waiting for the ${approverRoleLabels[role].toLowerCase()}'s approval.`);
    }
    const approving = input.decision === "approve";
    if (approving) assertNotExpired(offer.expiresOn, todayUtc(now), "This offer has expired. Draft a new one with a later expiry date.");
    const last = offer.approvalStep === offer.approvers.length - 1;
    const decided = await updateOfferAt(
      tx,
      { organizationId: actor.organizationId, offerId: offer.id, version: offer.version, status: "pending_approval" },
      approving ? { approvalStep: offer.approvalStep + 1 } : { status: "rejected_by_approver" },
    );
    if (!decided) throw new AppError("STALE_VERSION", OFFER_STALE);
    await insertOfferApproval(tx, {
      organizationId: actor.organizationId,
      offerId: offer.id,
      step: offer.approvalStep,
      role,
      decision: approving ? "approved" : "rejected",
      comment: input.comment,
      approverUserId: actor.userId,
    });
    const actorRef = memberActor(actor);
    await emitOfferEvent(tx, {
      organizationId: actor.organizationId,
      offerId: offer.id,
      applicationId: application.applicationId,
      type: "offer_decided",
      action: approving ? "offer.approved" : "offer.rejected",
      actor: actorRef,
      details: { step: offer.approvalStep + 1, role, decision: approving ? "approved" : "rejected" },
    });
    const tellCreator = (excerpt: "approved" | "rejected") =>
      offer.createdByUserId && offer.createdByUserId !== actor.userId
        ? insertOfferNotifications(tx, [
            {
              organizationId: actor.organizationId,
              userId: offer.createdByUserId,
              type: "offer_decided",
              actorUserId: actor.userId,
              candidateId: application.candidateId,
              data: { applicationId: application.applicationId, offerId: offer.id, excerpt },
            },
          ])
        : Promise.resolve();
    if (!approving) {
      await tellCreator("rejected");
      return { version: decided.version };
    }
    if (!last) {
      await notifyApprovers(tx, offer, application, offer.approvers[offer.approvalStep + 1]!, actor.userId);
      return { version: decided.version };
    }
    const sent = await sendOffer(tx, offer, application, { version: decided.version, approvalStep: offer.approvalStep + 1, actor: actorRef });
    await tellCreator("approved");
    return sent;
  });
}
