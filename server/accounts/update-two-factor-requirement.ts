import "server-only";
import { db } from "@/db/client";
import { setTwoFactorRequirement } from "@/db/queries/two-factor";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * The organisation's two-factor rule. When required, a member without two-factor can open only their
 * account page until they have set it up (getCurrentMember); their open sessions stay, and the rule
 * applies from their next request.
 */
export async function updateTwoFactorRequirement(actor: Viewer & { email: string }, requireTwoFactor: boolean): Promise<void> {
  assertCan(actor, "organization.manage");
  await db().transaction(async (tx) => {
    await setTwoFactorRequirement(tx, actor.organizationId, requireTwoFactor);
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: { userId: actor.userId, label: actor.email },
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId },
      details: { requireTwoFactor },
    });
  });
}
