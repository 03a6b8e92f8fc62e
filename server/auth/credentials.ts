import "server-only";
import { db } from "@/db/client";
import { listActiveOrganizationIds } from "@/db/queries/memberships";
import { findUserByEmail } from "@/db/queries/users";
import { addressRule, clearHits, countAttempt, minutesUntil, uncountAttempt, type RateLimitRule } from "@/db/queries/rate-limits";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit, requestOrigin } from "@/server/audit/record-audit";

const emailRule = (email: string): RateLimitRule => ({ key: `sign-in:email:${email}`, limit: 5, windowMinutes: 15, lockMinutes: 15 });
const ipRule = (ip: string): RateLimitRule => addressRule("sign-in", ip, { limit: 50, windowMinutes: 15, lockMinutes: 15 });

/** Forgets an address's failed sign-ins: after a password reset its owner has proved who they are. */
export async function forgetFailedSignIns(email: string): Promise<void> {
  await clearHits(emailRule(email.trim().toLowerCase()).key);
}

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  /** The password is right, but every membership of theirs is deactivated: there is nothing to sign in to. */
  | { ok: false; reason: "deactivated" }
  | { ok: false; reason: "throttled"; retryAfterMinutes: number };

/**
 * Checks an email and password. An unknown email and a wrong password take the same path and the same
 * time (a hash is always verified), and both count towards the per-email and per-IP limits. Each attempt
 * is counted before its password is checked, so guesses sent all at once get no more checks than the
 * limit; a right password then forgets the email's failures and takes its own count back from the address.
 */
export async function verifyCredentials(email: string, password: string, ip: string): Promise<CredentialsResult> {
  const normalizedEmail = email.trim().toLowerCase();
  const [byEmail, byAddress] = [emailRule(normalizedEmail), ipRule(ip)];
  const refused = await countAttempt([byEmail, byAddress]);
  if (refused) {
    await recordFailedSignIn(normalizedEmail, ip, "throttled");
    return { ok: false, reason: "throttled", retryAfterMinutes: minutesUntil(refused.lockedUntil) };
  }

  const user = await findUserByEmail(normalizedEmail);
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (user && user.passwordHash && valid && !user.disabledAt) {
    await clearHits(byEmail.key);
    await uncountAttempt(byAddress);
    if ((await listActiveOrganizationIds(db(), user.id)).length === 0) {
      await recordFailedSignIn(normalizedEmail, ip, "deactivated", user.id);
      return { ok: false, reason: "deactivated" };
    }
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
  }
  await recordFailedSignIn(normalizedEmail, ip, user ? (user.disabledAt ? "disabled" : "wrong_password") : "unknown_email", user?.id);
  return { ok: false, reason: "invalid" };
}

/**
 * A failed sign-in goes to the audit log of each organisation the address belongs to, or to no
 * organisation's when the address is unknown (kept for the operator, shown to no admin).
 */
export async function recordFailedSignIn(email: string, ip: string, reason: string, userId?: string) {
  const user = userId ? { id: userId } : await findUserByEmail(email);
  const organizationIds = user ? await listActiveOrganizationIds(db(), user.id) : [];
  await recordAudit(db(), {
    organizationIds: organizationIds.length > 0 ? organizationIds : [null],
    actor: { label: email },
    action: "sign_in.failed",
    target: user ? { type: "user", id: user.id, label: email } : undefined,
    details: { reason },
    origin: { ...(await requestOrigin()), ip },
  });
}
