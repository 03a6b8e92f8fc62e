import "server-only";
import { db } from "@/db/client";
import { expirePasswordResetTokens } from "@/db/queries/password-reset-tokens";
import { clearHits, countAttempt, type RateLimitRule } from "@/db/queries/rate-limits";
import { endUserSessions } from "@/db/queries/sessions";
import { findUserById, setPasswordHash } from "@/db/queries/users";
import { commonPasswordProblem } from "@/lib/auth/common-passwords";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError, fieldError } from "@/lib/errors";
import { recordAccountAudit } from "@/server/audit/record-audit";

type Account = { userId: string; sessionId: string; email: string };

// Someone at an unlocked computer should not get unlimited guesses at the owner's password.
const currentPasswordRule = (userId: string): RateLimitRule => ({ key: `current-password:user:${userId}`, limit: 5, windowMinutes: 15, lockMinutes: 15 });

/**
 * Checks the signed-in person's current password (for a password change, or turning two-factor off),
 * counting guesses per user, each before it is checked (guesses sent all at once get no more checks than
 * the limit). Throws a field error on `field` when it is wrong.
 */
export async function assertCurrentPassword(
  account: Pick<Account, "userId">,
  password: string,
  field: string,
  message = "That is not your current password.",
): Promise<void> {
  const rule = currentPasswordRule(account.userId);
  if (await countAttempt([rule])) throw new AppError("RATE_LIMITED", "Too many wrong passwords. Try again in 15 minutes.");
  const user = await findUserById(db(), account.userId);
  if (user?.passwordHash && (await verifyPassword(user.passwordHash, password))) {
    await clearHits(rule.key);
    return;
  }
  throw fieldError(field, message);
}

/**
 * Changes the signed-in person's password. This browser stays signed in; every other session of theirs
 * ends, so whoever else knew the old password is out at once, and so does every reset link they were
 * sent (whoever can read their mail must not set the password back).
 */
export async function changePassword(account: Account, input: { currentPassword: string; newPassword: string }): Promise<{ sessionsEnded: number }> {
  await assertCurrentPassword(account, input.currentPassword, "currentPassword");
  const user = await findUserById(db(), account.userId);
  const problem = commonPasswordProblem(input.newPassword, { email: user?.email, name: user?.name });
  if (problem) throw fieldError("newPassword", problem);
  if (input.newPassword === input.currentPassword) {
    throw fieldError("newPassword", "Choose a password different from the current one.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db().transaction(async (tx) => {
    await setPasswordHash(tx, account.userId, passwordHash);
    await expirePasswordResetTokens(tx, account.userId);
    const sessionsEnded = await endUserSessions(tx, account.userId, account.sessionId);
    await recordAccountAudit(tx, account, "password.changed", { sessionsEnded });
    return { sessionsEnded };
  });
}
