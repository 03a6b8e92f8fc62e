import "server-only";
import { db } from "@/db/client";
import { setRejectionSettings } from "@/db/queries/pipeline-rejection-settings";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { RejectionSettingsInput } from "@/lib/validation/pipeline";

/** Saves the organisation's rejection reasons and email template, which later rejections use. */
export async function updateRejectionSettings(actor: Viewer, input: RejectionSettingsInput): Promise<void> {
  assertCan(actor, "settings.rejection.edit");
  await db().transaction(async (tx) => {
    const saved = await setRejectionSettings(tx, actor.organizationId, {
      rejectionReasons: input.reasons.map((reason) => reason.value.trim()),
      rejectionEmailTemplate: { subject: input.subject.trim(), body: input.body.trim() },
    });
    if (!saved) throw new AppError("NOT_FOUND", "This organisation no longer exists.");
  });
}
