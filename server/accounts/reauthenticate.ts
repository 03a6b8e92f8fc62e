import "server-only";
import { db } from "@/db/client";
import { clearHits, countAttempt, type RateLimitRule } from "@/db/queries/rate-limits";
import { isSessionSignedInWithin } from "@/db/queries/sessions";
import { findUserById } from "@/db/queries/users";
import { verifyPassword } from "@/lib/auth/password";
import { AppError, fieldError } from "@/lib/errors";

/**
 * How long after signing in a person without a password (they sign in through their organisation's single
 * sign-on) may change their two-factor settings: their identity provider, and their second factor when they
 * have one, proved who they are that recently.
 */
export const RECENT_SIGN_IN_MINUTES = 10;

/** How the signed-in person proves again that it is them: their password, or, without one, a recent sign-in. */
export type Reauthentication = "password" | "recent_sign_in";

// Someone at an unlocked computer should not get unlimited guesses at the owner's password.
const currentPasswordRule = (userId: string): RateLimitRule => ({ key: `current-password:user:${userId}`, limit: 5, windowMinutes: 15, lockMinutes: 15 });

/**
 * Checks the signed-in person's current password (a password change, two-factor changes), counting guesses
 * per user, each before it is checked (guesses sent all at once get no more checks than the limit): five
 * wrong in 15 minutes lock every such form for 15 minutes. Throws a field error on `field`.
 */
export async function assertCurrentPassword(
  account: { userId: string },
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

export async function reauthenticationOf(userId: string): Promise<Reauthentication> {
  const user = await findUserById(db(), userId);
  return user?.passwordHash ? "password" : "recent_sign_in";
}

/**
 * Re-authentication before a change that would let whoever holds this browser keep or lock the account
 * (setting up or turning off two-factor): the current password, with the same limits as every password
 * check; for an account without a password, a session signed in within RECENT_SIGN_IN_MINUTES.
 */
export async function assertReauthenticated(
  account: { userId: string; sessionId: string },
  currentPassword: string | undefined,
  field = "currentPassword",
): Promise<Reauthentication> {
  const method = await reauthenticationOf(account.userId);
  if (method === "password") {
    if (!currentPassword) throw fieldError(field, "Enter your current password.");
    await assertCurrentPassword(account, currentPassword, field);
  } else if (!(await isSessionSignedInWithin(account.sessionId, account.userId, RECENT_SIGN_IN_MINUTES))) {
    throw new AppError(
      "FORBIDDEN",
      `For your security, sign out and sign in again with single sign-on, then do this within ${RECENT_SIGN_IN_MINUTES} minutes.`,
    );
  }
  return method;
}
