import "server-only";
import { db } from "@/db/client";
import { consumePasswordResetToken, expirePasswordResetTokens, findUsablePasswordResetToken } from "@/db/queries/password-reset-tokens";
import { endUserSessions } from "@/db/queries/sessions";
import { setPasswordHash } from "@/db/queries/users";
import { commonPasswordProblem } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/password";
import { AppError, fieldError } from "@/lib/errors";
import { recordAccountAudit } from "@/server/audit/record-audit";
import { forgetFailedSignIns } from "@/server/auth/credentials";
import { hashResetToken } from "./reset-links";

export const RESET_LINK_UNUSABLE = "This link has expired or has already been used.";

/** Whom a reset link is for, while it still works (the reset page shows its form only then). */
export async function findPasswordResetLink(token: string): Promise<{ email: string } | null> {
  if (token.length > 200) return null;
  const found = await findUsablePasswordResetToken(hashResetToken(token));
  return found ? { email: found.email } : null;
}

/**
 * Sets a new password with a reset link: the link is used up, the user's other links stop working, and
 * every session of theirs ends (whoever had the old password is signed out). Two-factor stays on: the
 * next sign-in still asks for a code.
 */
export async function resetPassword(input: { token: string; password: string }): Promise<{ email: string }> {
  const tokenHash = hashResetToken(input.token);
  const found = await findUsablePasswordResetToken(tokenHash);
  if (!found) throw new AppError("NOT_FOUND", RESET_LINK_UNUSABLE);
  const problem = commonPasswordProblem(input.password, { email: found.email, name: found.name });
  if (problem) throw fieldError("password", problem);
  const passwordHash = await hashPassword(input.password);

  await db().transaction(async (tx) => {
    // Checked again, atomically: of two submissions with the same link only one gets past this.
    const userId = await consumePasswordResetToken(tx, tokenHash);
    if (userId !== found.userId) throw new AppError("NOT_FOUND", RESET_LINK_UNUSABLE);
    await setPasswordHash(tx, userId, passwordHash);
    await expirePasswordResetTokens(tx, userId);
    const ended = await endUserSessions(tx, userId);
    await recordAccountAudit(tx, { userId, email: found.email }, "password.reset", { sessionsEnded: ended });
  });
  // A person locked out by failed sign-ins has just proved who they are.
  await forgetFailedSignIns(found.email);
  return { email: found.email };
}
