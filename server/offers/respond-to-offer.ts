import "server-only";
import { db } from "@/db/client";
import { lockApplicationOwner } from "@/db/queries/candidate-offers";
import { findOffer, insertOfferNotifications, updateOfferAt } from "@/db/queries/offers";
import { AppError } from "@/lib/errors";
import { formatDay, signatureMatches } from "@/lib/offers/letter";
import { todayUtc, type RespondOfferInput } from "@/lib/validation/offers";
import { CANDIDATE_ACTOR } from "@/server/audit/actor";
import type { StatusCandidate } from "@/server/status/status-candidate";
import { assertNotExpired } from "./offer-access";
import { emitOfferEvent } from "./offer-events";

export type OfferResponseOrigin = { ip: string | null; userAgent: string | null };

/**
 * The candidate accepts or declines an offer sent to them, through their status link. Accepting needs
 * their full name typed as signature; the time and the address it came from are kept with the answer.
 * After the expiry day nothing is stored. Accepting asks whoever drafted the offer to move the
 * candidate to Hired (through the board's move, never around it).
 */
export async function respondToOffer(candidate: StatusCandidate, input: RespondOfferInput, origin: OfferResponseOrigin, now = new Date()): Promise<"accepted" | "declined"> {
  return db().transaction(async (tx) => {
    const offer = await findOffer(tx, candidate.organizationId, input.offerId);
    const application = offer && (await lockApplicationOwner(tx, candidate.organizationId, offer.applicationId));
    if (!offer || !application || application.candidateId !== candidate.candidateId) throw new AppError("NOT_FOUND", "This offer is not yours, or no longer exists.");
    if (offer.status !== "approved") throw new AppError("CONFLICT", "This offer has already been answered or withdrawn.");
    assertNotExpired(offer.expiresOn, todayUtc(now), `This offer expired on ${formatDay(offer.expiresOn)}. Please contact ${candidate.organizationName} if you are still interested.`);
    const accepting = input.decision === "accept";
    if (accepting && !signatureMatches(input.signature, candidate.name)) {
      throw new AppError("VALIDATION", "Type your full name as it appears on the offer to sign it.", { signature: [`Type your full name, ${candidate.name}, to sign`] });
    }
    const answered = await updateOfferAt(
      tx,
      { organizationId: candidate.organizationId, offerId: offer.id, version: offer.version, status: "approved" },
      { status: accepting ? "accepted" : "declined", respondedAt: now, signatureName: accepting ? input.signature : undefined, responseIp: origin.ip },
    );
    if (!answered) throw new AppError("CONFLICT", "This offer has already been answered or withdrawn.");
    await emitOfferEvent(tx, {
      organizationId: candidate.organizationId,
      offerId: offer.id,
      applicationId: application.id,
      type: accepting ? "offer_accepted" : "offer_declined",
      action: accepting ? "offer.accepted" : "offer.declined",
      actor: CANDIDATE_ACTOR,
      details: { respondedAt: now.toISOString() },
      origin,
    });
    if (offer.createdByUserId) {
      await insertOfferNotifications(tx, [
        {
          organizationId: candidate.organizationId,
          userId: offer.createdByUserId,
          type: accepting ? "offer_accepted" : "offer_decided",
          actorUserId: null,
          candidateId: candidate.candidateId,
          data: { applicationId: application.id, offerId: offer.id, excerpt: accepting ? "accepted" : "declined" },
        },
      ]);
    }
    return accepting ? "accepted" : "declined";
  });
}
