import "server-only";
import { db } from "@/db/client";
import { confirmTwoFactor, countUnusedRecoveryCodes, deleteTwoFactor, findTwoFactor, replaceRecoveryCodes, savePendingTwoFactor } from "@/db/queries/two-factor";
import { hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { seal } from "@/lib/auth/secret-box";
import { formatSecretForTyping, looksLikeTotpCode, matchTotp, newTotpSecret, qrCodeDataUrl, totpUri } from "@/lib/auth/totp";
import { AppError, fieldError } from "@/lib/errors";
import { recordAccountAudit } from "@/server/audit/record-audit";
import { assertCurrentPassword } from "./change-password";
import { readTotpSecret, verifySecondFactor } from "./second-factor";

type Account = { userId: string; email: string };

export type TwoFactorSetup =
  | { status: "off" }
  | { status: "pending"; secret: string; qrCode: string }
  | { status: "on"; since: Date; recoveryCodesLeft: number };

/** What the account page shows: nothing set up, an enrolment waiting for its first code, or two-factor on. */
export async function getTwoFactorSetup(account: Account): Promise<TwoFactorSetup> {
  const row = await findTwoFactor(db(), account.userId);
  if (row?.confirmedAt) return { status: "on", since: row.confirmedAt, recoveryCodesLeft: await countUnusedRecoveryCodes(account.userId) };
  const secret = readTotpSecret(row);
  if (!secret) return { status: "off" };
  return { status: "pending", secret: formatSecretForTyping(secret), qrCode: await qrCodeDataUrl(totpUri(secret, account.email)) };
}

/** Starts enrolment with a new secret (stored encrypted), replacing one that was never confirmed. */
export async function startTwoFactorEnrolment(account: Account): Promise<void> {
  const started = await savePendingTwoFactor(db(), account.userId, seal(newTotpSecret(), "totp-secret"));
  if (!started) throw new AppError("CONFLICT", "Two-factor authentication is already on.");
}

/**
 * Turns two-factor on once the person proves their app has the secret, and returns ten recovery codes:
 * the only time they are shown (only their hashes are kept). The code used here cannot be used again.
 */
export async function confirmTwoFactorEnrolment(account: Account, code: string): Promise<{ recoveryCodes: string[] }> {
  const row = await findTwoFactor(db(), account.userId);
  if (row?.confirmedAt) throw new AppError("CONFLICT", "Two-factor authentication is already on.");
  const secret = readTotpSecret(row);
  if (!secret) throw new AppError("CONFLICT", "Start setting up two-factor authentication again: the setup was not found.");
  const step = await matchTotp(secret, code, null);
  if (step === null) {
    throw fieldError("code", "That code is not right. Check the time on your phone, and type the code your app shows now.");
  }
  const recoveryCodes = newRecoveryCodes();
  await db().transaction(async (tx) => {
    if (!(await confirmTwoFactor(tx, account.userId, step))) throw new AppError("CONFLICT", "Two-factor authentication is already on.");
    await replaceRecoveryCodes(tx, account.userId, recoveryCodes.map(hashRecoveryCode));
    await recordAccountAudit(tx, account, "two_factor.enrolled", { method: "totp" });
  });
  return { recoveryCodes };
}

/**
 * Turns two-factor off, with proof that this is the person: their password, or a current code from
 * their app or a recovery code (both checked like at sign-in: once each, rate-limited).
 */
export async function removeTwoFactor(account: Account, proof: string): Promise<void> {
  const row = await findTwoFactor(db(), account.userId);
  if (!row?.confirmedAt) throw new AppError("CONFLICT", "Two-factor authentication is already off.");
  const proofIsCode = (looksLikeTotpCode(proof) || looksLikeRecoveryCode(proof)) && (await verifySecondFactor(account.userId, proof)).ok;
  if (!proofIsCode) await assertCurrentPassword(account, proof, "proof", "That is neither your password nor a current code.");
  await db().transaction(async (tx) => {
    await deleteTwoFactor(tx, account.userId);
    await recordAccountAudit(tx, account, "two_factor.removed", { proof: proofIsCode ? "code" : "password" });
  });
}
