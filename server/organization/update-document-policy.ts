import "server-only";
import { db } from "@/db/client";
import { findOrganizationProfile, mergeOrganizationSettings } from "@/db/queries/organization-profile";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { DocumentPolicyInput } from "@/lib/validation/organization";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * Whether applications may bring Word and RTF documents holding macros or embedded objects (refused
 * unless allowed: lib/applications/active-content.ts). Recruiters open these files in Word, so a change
 * is audited; saving what is already set records nothing. Applies to the next upload: nothing public
 * shows it, so there is nothing to announce.
 */
export async function updateDocumentPolicy(actor: Viewer & { email?: string }, input: DocumentPolicyInput): Promise<{ changed: boolean }> {
  assertCan(actor, "organization.manage");
  return db().transaction(async (tx) => {
    const current = await findOrganizationProfile(tx, actor.organizationId, { lock: true });
    if (!current) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    if ((current.settings.allowActiveContent === true) === input.allowActiveContent) return { changed: false };
    await mergeOrganizationSettings(tx, actor.organizationId, { allowActiveContent: input.allowActiveContent });
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId, label: current.name },
      details: { allowActiveContent: input.allowActiveContent },
    });
    return { changed: true };
  });
}
