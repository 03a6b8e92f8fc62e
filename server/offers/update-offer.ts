import "server-only";
import { db } from "@/db/client";
import { updateOfferAt } from "@/db/queries/offers";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import type { UpdateOfferInput } from "@/lib/validation/offers";
import { memberActor } from "@/server/audit/actor";
import { OFFER_STALE, requireOffer } from "./offer-access";
import { emitOfferEvent } from "./offer-events";

/** Changes a draft offer's terms; once sent for approval they are fixed (a new offer replaces them). */
export async function updateOffer(actor: Viewer & { email?: string }, input: UpdateOfferInput): Promise<{ version: number }> {
  return db().transaction(async (tx) => {
    const { offerId, version, ...terms } = input;
    const { offer } = await requireOffer(tx, actor, { offerId, version }, "offers.manage", "draft");
    const updated = await updateOfferAt(tx, { organizationId: actor.organizationId, offerId, version, status: "draft" }, terms);
    if (!updated) throw new AppError("STALE_VERSION", OFFER_STALE);
    await emitOfferEvent(tx, { organizationId: actor.organizationId, offerId, applicationId: offer.applicationId, action: "offer.updated", actor: memberActor(actor) });
    return { version: updated.version };
  });
}
