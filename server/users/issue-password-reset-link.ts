import "server-only";
import { db } from "@/db/client";
import { insertPasswordResetToken } from "@/db/queries/password-reset-tokens";
import { findUserByEmail } from "@/db/queries/users";
import { newLinkToken } from "@/lib/auth/link-token";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { organizationsOf, recordAudit, type AuditActor } from "@/server/audit/record-audit";

/** How long a password reset link works. */
export const PASSWORD_RESET_VALID_MINUTES = 60;

/**
 * `candor user reset-password`: a one-time link to set a new password, for an operator to hand over. Only
 * the token's hash is stored; the page at /reset-password/<token> uses it up.
 */
export async function issuePasswordResetLink(email: string, actor: AuditActor = { label: "cli" }): Promise<{ url: string; expiresAt: Date }> {
  const user = await findUserByEmail(email);
  if (!user) throw new AppError("NOT_FOUND", `No account has the address ${email}.`);
  if (user.disabledAt) throw new AppError("CONFLICT", `The account ${user.email} is disabled; a new password would not let it sign in.`);
  const { token, hash } = newLinkToken();
  const { expiresAt } = await db().transaction(async (tx) => {
    const row = await insertPasswordResetToken(tx, { userId: user.id, tokenHash: hash, validMinutes: PASSWORD_RESET_VALID_MINUTES });
    await recordAudit(tx, {
      organizationIds: await organizationsOf(tx, user.id),
      actor,
      action: "password.reset_requested",
      target: { type: "user", id: user.id, label: user.email },
      details: { delivery: "link" },
      origin: { ip: null, userAgent: null },
    });
    return row;
  });
  return { url: `${env().APP_URL}/reset-password/${token}`, expiresAt };
}
