import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { passwordResetTokens, users } from "../schema";

// Reset tokens belong to a user, not an organisation (one password opens every organisation they are in).

/** Stores a new token's hash, valid for `validMinutes` by the database's clock. */
export async function insertPasswordResetToken(executor: Executor, token: { userId: string; tokenHash: string; validMinutes: number }) {
  const [row] = await executor
    .insert(passwordResetTokens)
    .values({ userId: token.userId, tokenHash: token.tokenHash, expiresAt: sql`now() + make_interval(mins => ${token.validMinutes})` })
    .returning({ id: passwordResetTokens.id, expiresAt: passwordResetTokens.expiresAt });
  return row!;
}

const usable = (tokenHash: string) =>
  and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`), isNull(users.disabledAt));

/** The person a token still resets the password of: not used, not expired, the user not disabled. */
export async function findUsablePasswordResetToken(tokenHash: string) {
  const [row] = await db()
    .select({ userId: users.id, email: users.email, name: users.name })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(usable(tokenHash));
  return row ?? null;
}

/**
 * Uses the token up, in one guarded statement: of two requests racing with the same link, one gets the
 * user id and the other null.
 */
export async function consumePasswordResetToken(executor: Executor, tokenHash: string): Promise<string | null> {
  const [row] = await executor
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .from(users)
    .where(and(eq(users.id, passwordResetTokens.userId), usable(tokenHash)))
    .returning({ userId: passwordResetTokens.userId });
  return row?.userId ?? null;
}

/**
 * Ends every link of the user still outstanding, once their password has been set (by a change, or a
 * reset with one of them, which is used up already): a link in an old email must not set it back.
 */
export async function expirePasswordResetTokens(executor: Executor, userId: string) {
  await executor
    .update(passwordResetTokens)
    .set({ expiresAt: sql`now()` })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, sql`now()`)));
}
