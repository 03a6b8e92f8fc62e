import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "../client";
import { passwordResetTokens } from "../schema";

/** Stores a reset link's token hash, valid for `validMinutes`. */
export async function insertPasswordResetToken(tx: Executor, token: { userId: string; tokenHash: string; validMinutes: number }) {
  const [row] = await tx
    .insert(passwordResetTokens)
    .values({ userId: token.userId, tokenHash: token.tokenHash, expiresAt: sql`now() + make_interval(mins => ${token.validMinutes})` })
    .returning({ id: passwordResetTokens.id, expiresAt: passwordResetTokens.expiresAt });
  return row!;
}
