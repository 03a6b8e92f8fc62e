import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/db/client";
import { hasTwoFactor } from "@/db/queries/two-factor";
import { findUserById } from "@/db/queries/users";
import { sign, verifySigned } from "@/lib/auth/secret-box";
import { verifySecondFactor } from "@/server/accounts/second-factor";
import { recordFailedSignIn } from "./credentials";

/** How long the code step of a sign-in may take after the password was accepted. */
const CHALLENGE_MINUTES = 10;

type Challenge = { u: string; e: number; p: string };

// Ties a challenge to the password it was earned with: a password change or reset voids it.
const passwordFingerprint = (passwordHash: string | null) => createHash("sha256").update(passwordHash ?? "").digest("base64url").slice(0, 16);

/**
 * For a user who just gave the right password: null when they have no two-factor (the session opens
 * now), or a signed challenge that the code step sends back instead of the password, so the password
 * never has to be kept in the page between the two steps.
 */
export async function secondFactorChallenge(userId: string): Promise<string | null> {
  if (!(await hasTwoFactor(userId))) return null;
  const user = await findUserById(db(), userId);
  const challenge: Challenge = { u: userId, e: Date.now() + CHALLENGE_MINUTES * 60_000, p: passwordFingerprint(user?.passwordHash ?? null) };
  return sign(JSON.stringify(challenge), "sign-in-challenge");
}

export type SecondStepResult =
  | { ok: true; user: { id: string; email: string; name: string }; method: "totp" | "recovery_code" }
  | { ok: false; reason: "expired" | "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/** The code step of signing in: a valid, unexpired challenge and a right code open the session. */
export async function completeSecondFactor(challenge: string, code: string, ip: string): Promise<SecondStepResult> {
  const payload = verifySigned(challenge, "sign-in-challenge");
  const parsed = payload ? (JSON.parse(payload) as Challenge) : null;
  if (!parsed || parsed.e < Date.now()) return { ok: false, reason: "expired" };
  const user = await findUserById(db(), parsed.u);
  if (!user || user.disabledAt || passwordFingerprint(user.passwordHash) !== parsed.p) return { ok: false, reason: "expired" };
  const result = await verifySecondFactor(user.id, code);
  if (result.ok) return { ok: true, user: { id: user.id, email: user.email, name: user.name }, method: result.method };
  await recordFailedSignIn(user.email, ip, result.reason === "throttled" ? "throttled_code" : "wrong_code", user.id);
  return result;
}
