import "server-only";
import { db } from "@/db/client";
import { expirePasswordResetTokens } from "@/db/queries/password-reset-tokens";
import { endUserSessions } from "@/db/queries/sessions";
import { findUserById, setPasswordHash } from "@/db/queries/users";
import { commonPasswordProblem } from "@/lib/auth/common-passwords";
import { hashPassword } from "@/lib/auth/password";
import { fieldError } from "@/lib/errors";
import { recordAccountAudit } from "@/server/audit/record-audit";
import { assertCurrentPassword } from "./reauthenticate";

type Account = { userId: string; sessionId: string; email: string };

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
