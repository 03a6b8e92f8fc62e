import "server-only";
import { db } from "@/db/client";
import { findOfferSettings } from "@/db/queries/offer-settings";
import { updateOfferAt } from "@/db/queries/offers";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { DEFAULT_APPROVERS } from "@/lib/offers/letter";
import { todayUtc, type OfferRef } from "@/lib/validation/offers";
import { memberActor } from "@/server/audit/actor";
import { notifyApprovers } from "./notify-approvers";
import { assertNotExpired, OFFER_STALE, requireOffer } from "./offer-access";
import { emitOfferEvent } from "./offer-events";
import { sendOffer } from "./send-offer";

/**
 * Sends a draft round the organisation's approval chain as it is now (the offer keeps that chain even if
 * the settings change), asking the first step's approvers. With no approvers configured it goes
 * straight to the candidate.
 */
export async function submitOffer(actor: Viewer & { email?: string }, input: OfferRef, now = new Date()): Promise<{ version: number }> {
  return db().transaction(async (tx) => {
    const { offer, application } = await requireOffer(tx, actor, input, "offers.manage", "draft");
    assertNotExpired(offer.expiresOn, todayUtc(now), "This offer's expiry date has passed. Change it before sending the offer for approval.");
    const settings = await findOfferSettings(tx, actor.organizationId);
    const approvers = settings?.settings.offerApprovers ?? DEFAULT_APPROVERS;
    const submitted = await updateOfferAt(
      tx,
      { organizationId: actor.organizationId, offerId: offer.id, version: offer.version, status: "draft" },
      { status: "pending_approval", approvers, approvalStep: 0 },
    );
    if (!submitted) throw new AppError("STALE_VERSION", OFFER_STALE);
    const actorRef = memberActor(actor);
    await emitOfferEvent(tx, {
      organizationId: actor.organizationId,
      offerId: offer.id,
      applicationId: application.applicationId,
      type: "offer_submitted",
      action: "offer.submitted",
      actor: actorRef,
      details: { approvers: approvers.join(",") },
    });
    const first = approvers[0];
    if (!first) return sendOffer(tx, offer, application, { version: submitted.version, approvalStep: 0, actor: actorRef });
    await notifyApprovers(tx, offer, application, first, actor.userId);
    return { version: submitted.version };
  });
}
