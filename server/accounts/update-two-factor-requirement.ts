import "server-only";
import { db } from "@/db/client";
import { hasTwoFactor, setTwoFactorRequirement } from "@/db/queries/two-factor";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";
import { recordAudit } from "@/server/audit/record-audit";

/**
 * The organisation's two-factor rule. When required, a member without two-factor can open only their
 * account page until they have set it up (getCurrentMember); their open sessions stay, and the rule
 * applies from their next request. The admin who turns it on must have two-factor already (as GitHub
 * asks), so the rule never locks its own author out of the page they are on.
 */
export async function updateTwoFactorRequirement(actor: Viewer & { email: string }, requireTwoFactor: boolean): Promise<void> {
  assertCan(actor, "organization.manage");
  if (requireTwoFactor && !(await hasTwoFactor(actor.userId))) {
    throw new AppError("CONFLICT", "Turn on two-factor authentication for your own account first (on your account page), then require it for everyone.");
  }
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
