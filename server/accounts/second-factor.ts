import "server-only";
import { db } from "@/db/client";
import { claimTotpStep, consumeRecoveryCode, findTwoFactor } from "@/db/queries/two-factor";
import { clearHits, countAttempt, minutesUntil, type RateLimitRule } from "@/db/queries/rate-limits";
import { hashRecoveryCode } from "@/lib/auth/recovery-codes";
import { unseal } from "@/lib/auth/secret-box";
import { looksLikeTotpCode, matchTotp } from "@/lib/auth/totp";

// A six-digit code has a million values and three are right at any moment: five guesses per quarter hour.
const codeRule = (userId: string): RateLimitRule => ({ key: `two-factor:user:${userId}`, limit: 5, windowMinutes: 15, lockMinutes: 15 });

export type SecondFactorResult =
  | { ok: true; method: "totp" | "recovery_code" }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/** The user's authenticator secret, or null when they have none confirmed or it cannot be read (AUTH_SECRET changed). */
export function readTotpSecret(row: { secretCiphertext: string } | null): string | null {
  return row ? unseal(row.secretCiphertext, "totp-secret") : null;
}

/**
 * Checks a second factor of a user with two-factor on: a code from their app (accepted once: a code
 * already used, or older than the last one used, is refused) or one of their recovery codes (each
 * accepted once). Wrong codes count towards a per-user limit.
 */
export async function verifySecondFactor(userId: string, code: string): Promise<SecondFactorResult> {
  const rule = codeRule(userId);
  // Counted before it is checked, in one statement: codes sent all at once cannot slip past the limit.
  const refused = await countAttempt([rule]);
  if (refused) return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(refused.lockedUntil) };

  const method = looksLikeTotpCode(code) ? "totp" : "recovery_code";
  const accepted = method === "totp" ? await acceptTotp(userId, code) : await consumeRecoveryCode(db(), userId, hashRecoveryCode(code));
  if (accepted) {
    await clearHits(rule.key);
    return { ok: true, method };
  }
  return { ok: false, reason: "invalid" };
}

async function acceptTotp(userId: string, code: string): Promise<boolean> {
  const row = await findTwoFactor(db(), userId);
  if (!row?.confirmedAt) return false;
  const secret = readTotpSecret(row);
  if (!secret) return false;
  const step = await matchTotp(secret, code, row.lastUsedStep);
  // The step is claimed with a guarded UPDATE: of two requests racing with one code, one wins.
  return step !== null && (await claimTotpStep(db(), userId, step));
}
