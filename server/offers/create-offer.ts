import "server-only";
import { db } from "@/db/client";
import { insertOffer, supersedeLiveOffers } from "@/db/queries/offers";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import type { CreateOfferInput } from "@/lib/validation/offers";
import { memberActor } from "@/server/audit/actor";
import { requireOfferApplication } from "./offer-access";
import { emitOfferEvent } from "./offer-events";

/**
 * Drafts an offer for an active application at the Offer stage. A live offer that was not accepted is
 * superseded by it (one live offer per application, held by a unique index); an accepted one stays.
 */
export async function createOffer(actor: Viewer & { email?: string }, input: CreateOfferInput): Promise<{ offerId: string; version: number }> {
  return db().transaction(async (tx) => {
    const application = await requireOfferApplication(tx, actor, input.applicationId, "offers.manage", true);
    if (application.status !== "active" || application.stageKind !== "offer") {
      throw new AppError("CONFLICT", "Move the applicant to the Offer stage before drafting an offer.");
    }
    const superseded = await supersedeLiveOffers(tx, actor.organizationId, application.applicationId);
    const { applicationId, ...terms } = input;
    const offer = await insertOffer(tx, { ...terms, organizationId: actor.organizationId, applicationId, createdByUserId: actor.userId }).catch((error: unknown) => {
      // The unique index refuses a second live offer: the one left is accepted.
      if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "The candidate has already accepted an offer for this application.");
      throw error;
    });
    await emitOfferEvent(tx, {
      organizationId: actor.organizationId,
      offerId: offer.id,
      applicationId,
      type: "offer_created",
      action: "offer.created",
      actor: memberActor(actor),
      details: superseded.length > 0 ? { supersedes: superseded.join(",") } : undefined,
    });
    return { offerId: offer.id, version: offer.version };
  });
}
