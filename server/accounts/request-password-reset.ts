import "server-only";
import { db, type Executor } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import { insertPasswordResetToken } from "@/db/queries/password-reset-tokens";
import { addressRule, countAttempt, type RateLimitRule } from "@/db/queries/rate-limits";
import { findUserByEmail, findUserById } from "@/db/queries/users";
import { passwordResetEmail } from "@/lib/accounts/emails";
import { hashLinkToken, newLinkToken } from "@/lib/auth/link-token";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAccountAudit, requestOrigin, type AuditActor, type AuditOrigin } from "@/server/audit/record-audit";

export const RESET_LINK_VALID_MINUTES = 60;

// Per address: enough for a lost email or two; per client: enough for an office behind one address.
const emailRule = (email: string): RateLimitRule => ({ key: `password-reset:email:${email}`, limit: 3, windowMinutes: 60, lockMinutes: 60 });
const ipRule = (ip: string): RateLimitRule => addressRule("password-reset", ip, { limit: 20, windowMinutes: 60, lockMinutes: 60 });

/** The SHA-256 under which a reset link's token is stored (the same as every link that is a credential). */
export const hashResetToken = hashLinkToken;

type User = { id: string; email: string; name: string };

/** A new link for this user: 32 random bytes in the URL, only their SHA-256 in the database. */
async function issueResetLink(tx: Executor, user: User, appUrl: string) {
  const { token, hash } = newLinkToken();
  const { expiresAt } = await insertPasswordResetToken(tx, { userId: user.id, tokenHash: hash, validMinutes: RESET_LINK_VALID_MINUTES });
  return { url: `${appUrl}/reset-password/${token}`, expiresAt };
}

/**
 * "Forgot password": emails a one-hour, one-time link when the address belongs to an account that may
 * sign in. The answer is the same whether or not it does (nothing is returned), and the limits count
 * every address alike, so neither tells anyone which addresses have accounts. The email is queued
 * without an organisation, so no admin reads the link in the organisation's outgoing mail.
 */
export async function requestPasswordReset(input: { email: string; ip: string }): Promise<void> {
  const email = input.email.trim().toLowerCase();
  if (await countAttempt([ipRule(input.ip), emailRule(email)])) {
    throw new AppError("RATE_LIMITED", "Too many reset requests. Please wait an hour before asking for another link.");
  }
  const user = await findUserByEmail(email);
  if (!user || user.disabledAt) return;
  const origin = { ...(await requestOrigin()), ip: input.ip };
  await db().transaction(async (tx) => {
    const link = await issueResetLink(tx, user, env().APP_URL);
    await enqueueEmail(tx, { organizationId: null, to: user.email, ...passwordResetEmail({ name: user.name, url: link.url, validMinutes: RESET_LINK_VALID_MINUTES }) });
    await recordAccountAudit(tx, { userId: user.id, email: user.email }, "password.reset_requested", { via: "email" }, { label: email }, origin);
  });
}

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
  return db().transaction(async (tx) => {
    const link = await issueResetLink(tx, user, requestedBy.appUrl ?? env().APP_URL);
    await recordAccountAudit(tx, { userId: user.id, email: user.email }, "password.reset_requested", { via: "link" }, requestedBy.actor, origin);
    return { ...link, userId: user.id, email: user.email };
  });
}
