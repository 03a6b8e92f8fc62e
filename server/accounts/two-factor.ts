import "server-only";
import { db } from "@/db/client";
import { confirmTwoFactor, countUnusedRecoveryCodes, deleteTwoFactor, findTwoFactor, replaceRecoveryCodes, savePendingTwoFactor } from "@/db/queries/two-factor";
import { hashRecoveryCode, newRecoveryCodes } from "@/lib/auth/recovery-codes";
import { seal } from "@/lib/auth/secret-box";
import { formatSecretForTyping, matchTotp, newTotpSecret, qrCodeDataUrl, totpUri } from "@/lib/auth/totp";
import { AppError, fieldError } from "@/lib/errors";
import { recordAccountAudit } from "@/server/audit/record-audit";
import { assertReauthenticated } from "./reauthenticate";
import { readTotpSecret } from "./second-factor";

type Account = { userId: string; email: string };
type SignedInAccount = Account & { sessionId: string };

/**
 * How long a started enrolment shows its secret and waits for the first code: it was started with the
 * password, so a browser left signed in does not show the secret to whoever comes by later.
 */
const ENROLMENT_MINUTES = 10;

type TwoFactorRow = Awaited<ReturnType<typeof findTwoFactor>>;

/** The secret of an enrolment started within ENROLMENT_MINUTES and not confirmed yet, or null. */
function pendingSecret(row: TwoFactorRow): string | null {
  if (!row || row.confirmedAt || row.createdAt.getTime() < Date.now() - ENROLMENT_MINUTES * 60_000) return null;
  return readTotpSecret(row);
}

export type TwoFactorSetup =
  | { status: "off" }
  | { status: "pending"; secret: string; qrCode: string }
  | { status: "on"; since: Date; recoveryCodesLeft: number };

/** What the account page shows: nothing set up, an enrolment waiting for its first code, or two-factor on. */
export async function getTwoFactorSetup(account: Account): Promise<TwoFactorSetup> {
  const row = await findTwoFactor(db(), account.userId);
  if (row?.confirmedAt) return { status: "on", since: row.confirmedAt, recoveryCodesLeft: await countUnusedRecoveryCodes(account.userId) };
  const secret = pendingSecret(row);
  if (!secret) return { status: "off" };
  return { status: "pending", secret: formatSecretForTyping(secret), qrCode: await qrCodeDataUrl(totpUri(secret, account.email)) };
}

const alreadyOn = () => new AppError("CONFLICT", "Two-factor authentication is already on.");

/**
 * Starts enrolment with a new secret (stored encrypted), replacing one that was never confirmed. Needs
 * re-authentication (the current password, or a recent sign-in for an account without one): whoever finds
 * the browser signed in must not be able to put their own authenticator on the account.
 */
export async function startTwoFactorEnrolment(account: SignedInAccount, { currentPassword }: { currentPassword?: string }): Promise<void> {
  if ((await findTwoFactor(db(), account.userId))?.confirmedAt) throw alreadyOn();
  await assertReauthenticated(account, currentPassword);
  const started = await savePendingTwoFactor(db(), account.userId, seal(newTotpSecret(), "totp-secret"));
  if (!started) throw alreadyOn();
}

/**
 * Turns two-factor on once the person proves their app has the secret, and returns ten recovery codes:
 * the only time they are shown (only their hashes are kept). The code used here cannot be used again.
 */
export async function confirmTwoFactorEnrolment(account: Account, code: string): Promise<{ recoveryCodes: string[] }> {
  const row = await findTwoFactor(db(), account.userId);
  if (row?.confirmedAt) throw alreadyOn();
  const secret = pendingSecret(row);
  if (!secret) throw new AppError("CONFLICT", `Start setting up two-factor authentication again: a setup waits ${ENROLMENT_MINUTES} minutes for its first code.`);
  const step = await matchTotp(secret, code, null);
  if (step === null) {
    throw fieldError("code", "That code is not right. Check the time on your phone, and type the code your app shows now.");
  }
  const recoveryCodes = newRecoveryCodes();
  await db().transaction(async (tx) => {
    if (!(await confirmTwoFactor(tx, account.userId, step))) throw alreadyOn();
    await replaceRecoveryCodes(tx, account.userId, recoveryCodes.map(hashRecoveryCode));
    await recordAccountAudit(tx, account, "two_factor.enrolled", { method: "totp" });
  });
  return { recoveryCodes };
}

/**
 * Turns two-factor off, after re-authentication as for setting it up: the current password, or a recent
 * sign-in for an account without one. A code from the app is not enough: the phone is not the person.
 */
export async function removeTwoFactor(account: SignedInAccount, { currentPassword }: { currentPassword?: string }): Promise<void> {
  const row = await findTwoFactor(db(), account.userId);
  if (!row?.confirmedAt) throw new AppError("CONFLICT", "Two-factor authentication is already off.");
  const proof = await assertReauthenticated(account, currentPassword);
  await db().transaction(async (tx) => {
    await deleteTwoFactor(tx, account.userId);
    await recordAccountAudit(tx, account, "two_factor.removed", { proof });
  });
}
