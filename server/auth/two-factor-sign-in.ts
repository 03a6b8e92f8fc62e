import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { hasTwoFactor } from "@/db/queries/two-factor";
import { findUserById } from "@/db/queries/users";
import { sign, verifySigned } from "@/lib/auth/secret-box";
import { verifySecondFactor } from "@/server/accounts/second-factor";
import { recordFailedSignIn } from "./credentials";

/** How long the code step of a sign-in may take after the first step (password or single sign-on). */
export const CHALLENGE_MINUTES = 10;

/** u: user, e: expiry, p: password fingerprint, o: the organisation whose single sign-on vouched for the first step. */
type Challenge = { u: string; e: number; p: string; o?: string };

// Ties a challenge to the password it was earned with: a password change or reset voids it.
const passwordFingerprint = (passwordHash: string | null) => createHash("sha256").update(passwordHash ?? "").digest("base64url").slice(0, 16);

/**
 * For a user who just passed the first step of signing in (the right password, or their organisation's
 * single sign-on: `organizationId`): null when they have no two-factor (the session opens now), or a signed
 * challenge that the code step sends back instead, so the password is never kept in the page between the
 * two steps and no session opens before the code.
 */
export async function secondFactorChallenge(userId: string, { organizationId }: { organizationId?: string } = {}): Promise<string | null> {
  if (!(await hasTwoFactor(userId))) return null;
  const user = await findUserById(db(), userId);
  const challenge: Challenge = { u: userId, e: Date.now() + CHALLENGE_MINUTES * 60_000, p: passwordFingerprint(user?.passwordHash ?? null), o: organizationId };
  return sign(JSON.stringify(challenge), "sign-in-challenge");
}

/** The user and organisation of a challenge that is authentic, unexpired and not voided, or null. */
async function openChallenge(challenge: string) {
  const payload = verifySigned(challenge, "sign-in-challenge");
  const parsed = payload ? (JSON.parse(payload) as Challenge) : null;
  if (!parsed || parsed.e < Date.now()) return null;
  const user = await findUserById(db(), parsed.u);
  if (!user || user.disabledAt || passwordFingerprint(user.passwordHash) !== parsed.p) return null;
  return { user: { id: user.id, email: user.email, name: user.name }, organizationId: parsed.o };
}

/** Whom a challenge signs in, for the code step's page ("Signing in as …"); null when it can no longer be used. */
export async function challengeEmail(challenge: string): Promise<string | null> {
  return (await openChallenge(challenge))?.user.email ?? null;
}

export type SecondStepResult =
  | { ok: true; user: { id: string; email: string; name: string }; method: "totp" | "recovery_code"; organizationId?: string }
  | { ok: false; reason: "expired" | "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * The code step of signing in: a valid, unexpired challenge and a right code open the session (opening
 * only `organizationId` when single sign-on earned the challenge).
 */
export async function completeSecondFactor(challenge: string, code: string, ip: string): Promise<SecondStepResult> {
  const opened = await openChallenge(challenge);
  if (!opened) return { ok: false, reason: "expired" };
  const { user, organizationId } = opened;
  const result = await verifySecondFactor(user.id, code);
  if (result.ok) return { ok: true, user, method: result.method, ...(organizationId ? { organizationId } : {}) };
  await recordFailedSignIn(user.email, ip, result.reason === "throttled" ? "throttled_code" : "wrong_code", user.id);
  return result;
}
