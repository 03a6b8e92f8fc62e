import "server-only";
import { db } from "@/db/client";
import { findOfferSettings, setOfferSettings } from "@/db/queries/offer-settings";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { DEFAULT_APPROVERS, DEFAULT_LETTER_TEMPLATE } from "@/lib/offers/letter";
import { assertCan } from "@/lib/permissions";
import { approverChain, type OfferSettingsInput } from "@/lib/validation/offers";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

/** The organisation's offer approval chain and letter template, with the defaults where unset. */
export async function getOfferSettings(viewer: Viewer) {
  assertCan(viewer, "settings.offers.edit");
  const row = await findOfferSettings(db(), viewer.organizationId);
  return {
    approvers: row?.settings.offerApprovers ?? DEFAULT_APPROVERS,
    template: row?.settings.offerLetterTemplate ?? DEFAULT_LETTER_TEMPLATE,
  };
}

/** Saves the approval chain (offers already sent for approval keep theirs) and the letter template; audited. */
export async function updateOfferSettings(actor: Viewer & { email?: string }, input: OfferSettingsInput): Promise<void> {
  assertCan(actor, "settings.offers.edit");
  await db().transaction(async (tx) => {
    const saved = await setOfferSettings(tx, actor.organizationId, { offerApprovers: approverChain(input), offerLetterTemplate: input.template });
    if (!saved) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId },
      details: { fields: "offerApprovers, offerLetterTemplate" },
    });
  });
}
