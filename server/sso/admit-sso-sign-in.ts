import "server-only";
import { z } from "zod";
import { db } from "@/db/client";
import { consumeInvitationByEmail, findUsableInvitationRole } from "@/db/queries/invitations";
import { addMembership, findMembership } from "@/db/queries/members";
import { getSsoConfiguration } from "@/db/queries/sso";
import { createPasswordlessUser, findUserByEmail } from "@/db/queries/users";
import type { SsoRefusal } from "@/lib/auth/sso";
import { isEmailInDomain } from "@/lib/validation/sso";
import { recordAudit } from "@/server/audit/record-audit";

/** The claims Candor reads from the identity provider's ID token. */
export type SsoClaims = { sub?: unknown; email?: unknown; email_verified?: unknown; xms_edov?: unknown; name?: unknown };

export type SsoAdmission = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: SsoRefusal };

const emailClaim = z.string().trim().max(320).pipe(z.email());

/**
 * Decides whether the person the organisation's identity provider just signed in may enter it, and makes
 * them a member when they may join: their email must be verified by the provider; an existing user with
 * that address (in any case) is the same person, never a second account; a first sign-in joins only with
 * an invitation, or as an interviewer when the address is in the organisation's allowed domain.
 * Refusals go to the organisation's audit log as failed sign-ins.
 */
export async function admitSsoSignIn(organizationId: string, claims: SsoClaims): Promise<SsoAdmission> {
  const email = emailClaim.safeParse(claims.email);
  if (!email.success) return refuse(organizationId, "no-email", null);
  if (!isEmailVerified(claims)) return refuse(organizationId, "unverified-email", email.data);

  const outcome = await db().transaction(async (tx): Promise<SsoAdmission> => {
    const sso = await getSsoConfiguration(tx, organizationId);
    if (!sso?.enabled) return { ok: false, reason: "unavailable" };
    const existing = await findUserByEmail(email.data, tx);
    if (existing?.disabledAt) return { ok: false, reason: "disabled" };
    if (existing) {
      const membership = await findMembership(tx, organizationId, existing.id);
      if (membership?.deactivatedAt) return { ok: false, reason: "deactivated" };
      if (membership) return { ok: true, user: { id: existing.id, email: existing.email, name: existing.name } };
      // Someone with an account who is not a member: this organisation's identity provider cannot vouch for
      // them, or any organisation's admin could sign in as another organisation's user through a provider
      // they control. They join by proving the account (password and second factor) on the invitation page.
      return { ok: false, reason: "existing-account" };
    }

    // An open invitation decides the role; without one, the allowed domain lets them in as an interviewer.
    const invitedRole = await findUsableInvitationRole(tx, organizationId, email.data);
    const role = invitedRole ?? (isEmailInDomain(email.data, sso.allowedDomain) ? "interviewer" : null);
    if (!role) return { ok: false, reason: "not-allowed" };

    const name = displayName(claims.name, email.data);
    const userId = await createPasswordlessUser(tx, { email: email.data, name });
    const invitation = invitedRole ? await consumeInvitationByEmail(tx, organizationId, email.data, userId) : null;
    if (invitation) {
      await recordAudit(tx, {
        organizationIds: [organizationId],
        actor: { userId, label: email.data },
        action: "invitation.accepted",
        target: { type: "invitation", id: invitation.id, label: email.data },
        details: { role: invitation.role, method: "sso" },
      });
    }
    if (await addMembership(tx, { organizationId, userId, role })) {
      await recordAudit(tx, {
        organizationIds: [organizationId],
        actor: { userId, label: email.data },
        action: "member.joined",
        target: { type: "user", id: userId, label: email.data },
        details: { method: "sso", role, through: invitedRole ? "invitation" : "allowed_domain" },
      });
    }
    return { ok: true, user: { id: userId, email: email.data, name } };
  });
  return outcome.ok ? outcome : refuse(organizationId, outcome.reason, email.data);
}

async function refuse(organizationId: string, reason: SsoRefusal, email: string | null): Promise<SsoAdmission> {
  const user = email ? await findUserByEmail(email) : null;
  await recordAudit(db(), {
    organizationIds: [organizationId],
    actor: { label: email ?? "unknown" },
    action: "sign_in.failed",
    target: user ? { type: "user", id: user.id, label: user.email } : undefined,
    details: { method: "sso", reason },
  });
  return { ok: false, reason };
}

/**
 * The provider vouches for the address: `email_verified` (Cognito and a few others send it as a string),
 * or, from Microsoft Entra ID, which never sends that claim for organisational accounts, `xms_edov`: the
 * address's domain is verified as owned by the user's tenant (an optional claim the admin adds).
 */
function isEmailVerified(claims: SsoClaims): boolean {
  if (claims.email_verified === undefined) return claims.xms_edov === true || claims.xms_edov === "true";
  return claims.email_verified === true || claims.email_verified === "true";
}

/** The name the provider gave, or the address's local part ("ann.lee" from ann.lee@example.com). */
function displayName(name: unknown, email: string): string {
  const given = typeof name === "string" ? name.trim().slice(0, 200) : "";
  return given || email.slice(0, email.lastIndexOf("@"));
}
