import "server-only";
import { db } from "@/db/client";
import { setRejectionSettings } from "@/db/queries/pipeline-rejection-settings";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { RejectionSettingsInput } from "@/lib/validation/pipeline";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

/** Saves the organisation's rejection reasons and email template, which later rejections use; audited. */
export async function updateRejectionSettings(actor: Viewer & { email?: string }, input: RejectionSettingsInput): Promise<void> {
  assertCan(actor, "settings.rejection.edit");
  await db().transaction(async (tx) => {
    const saved = await setRejectionSettings(tx, actor.organizationId, {
      rejectionReasons: input.reasons.map((reason) => reason.value.trim()),
      rejectionEmailTemplate: { subject: input.subject.trim(), body: input.body.trim() },
    });
    if (!saved) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId },
      details: { fields: "rejectionReasons, rejectionEmailTemplate" },
    });
  });
}
