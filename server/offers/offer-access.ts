import "server-only";
import type { Executor } from "@/db/client";
import { findOffer } from "@/db/queries/offers";
import { findApplicationInScope, type ApplicationInScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import type { OfferStatus } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { assertCan, jobScope, type Capability } from "@/lib/permissions";

export const OFFER_NOT_FOUND = "This offer doesn't exist, or you don't have access to it.";
export const OFFER_STALE = "This offer was changed by someone else. The page now shows the latest.";
export const APPLICATION_NOT_FOUND = "This application doesn't exist, or you don't have access to it.";

/**
 * The application if the actor may see its offers (organisation and hiring team) and holds `capability`
 * on its job; `lock` holds the application row, so offer changes on one application queue up.
 */
export async function requireOfferApplication(tx: Executor, actor: Viewer, applicationId: string, capability: Capability, lock = false): Promise<ApplicationInScope> {
  const application = await findApplicationInScope(tx, jobScope(actor, "offers.read"), applicationId, { lock });
  if (!application) throw new AppError("NOT_FOUND", APPLICATION_NOT_FOUND);
  assertCan(actor, capability, { teamRole: application.teamRole });
  return application;
}

/** The offer and its application, checked as above; refuses a version or status other than the client saw. */
export async function requireOffer(tx: Executor, actor: Viewer, ref: { offerId: string; version: number }, capability: Capability, status: OfferStatus) {
  const offer = await findOffer(tx, actor.organizationId, ref.offerId);
  if (!offer) throw new AppError("NOT_FOUND", OFFER_NOT_FOUND);
  const application = await requireOfferApplication(tx, actor, offer.applicationId, capability, true);
  if (offer.version !== ref.version || offer.status !== status) throw new AppError("STALE_VERSION", OFFER_STALE);
  return { offer, application };
}

/** The ISO day the offer lapses after, and the check the candidate's answer and the approvers share. */
export function assertNotExpired(expiresOn: string, today: string, message: string) {
  if (today > expiresOn) throw new AppError("CONFLICT", message);
}
