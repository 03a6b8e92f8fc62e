import "server-only";
import { db } from "@/db/client";
import { findUserByEmail, findUserById } from "@/db/queries/users";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAccountAudit, type AuditActor, type AuditOrigin } from "@/server/audit/record-audit";
import { newResetLink, storeResetLink } from "./reset-links";

/**
 * A reset link for an operator to hand over (`candor user reset-password --email ...`): the same kind
 * of link as the email carries, returned instead of sent. `requestedBy` is who asked, for the audit log
 * (the CLI passes `{ actor: { label: "cli" } }`). A disabled or unknown user is refused.
 */
export async function createPasswordResetLink(
  who: { userId: string } | { email: string },
  requestedBy: { actor: AuditActor; origin?: AuditOrigin; appUrl?: string } = { actor: { label: "cli" } },
): Promise<{ url: string; expiresAt: Date; userId: string; email: string }> {
  const user = "userId" in who ? await findUserById(db(), who.userId) : await findUserByEmail(who.email);
  if (!user) throw new AppError("NOT_FOUND", "There is no user with that email address.");
  if (user.disabledAt) throw new AppError("CONFLICT", "That user is disabled; enable them before resetting their password.");
  const origin = requestedBy.origin ?? { ip: null, userAgent: null };
  const link = newResetLink(requestedBy.appUrl ?? env().APP_URL);
  return db().transaction(async (tx) => {
    const { expiresAt } = await storeResetLink(tx, user.id, link);
    await recordAccountAudit(tx, { userId: user.id, email: user.email }, "password.reset_requested", { via: "link" }, requestedBy.actor, origin);
    return { url: link.url, expiresAt, userId: user.id, email: user.email };
  });
}
