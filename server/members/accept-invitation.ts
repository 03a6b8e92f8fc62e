import "server-only";
import { db, type Transaction } from "@/db/client";
import { consumeInvitation, findInvitationByTokenHash } from "@/db/queries/invitations";
import { findMembership, insertMembership } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { hashLinkToken } from "@/lib/auth/link-token";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/server/audit/record-audit";
import { verifyCredentials } from "@/server/auth/credentials";
import { insertUserOnce, preparePassword } from "@/server/organizations/create-organization";

export type InvitationView = NonNullable<Awaited<ReturnType<typeof findInvitationByTokenHash>>>;

/**
 * What an invitation link opens: `open` with the invitation (and whether the address already has an
 * account), or why it cannot be used. An unknown (forged, mistyped, replaced by a resend) token is "unknown".
 */
export type InvitationLink =
  | { state: "open"; invitation: InvitationView; existingAccount: boolean }
  | { state: "expired" | "used" | "revoked"; invitation: InvitationView }
  | { state: "unknown" };

export async function readInvitationLink(token: string): Promise<InvitationLink> {
  if (token.length > 100) return { state: "unknown" };
  const invitation = await findInvitationByTokenHash(db(), hashLinkToken(token));
  if (!invitation) return { state: "unknown" };
  if (invitation.acceptedAt) return { state: "used", invitation };
  if (invitation.revokedAt) return { state: "revoked", invitation };
  if (invitation.expired) return { state: "expired", invitation };
  return { state: "open", invitation, existingAccount: Boolean(await findUserByEmail(invitation.email)) };
}

const UNUSABLE = "This invitation can no longer be used: it expired, was revoked or was already accepted. Ask an admin to send a new one.";

/** Uses the invitation up (one guarded UPDATE), adds the membership and records the acceptance. */
async function join(tx: Transaction, token: string, user: { id: string; email: string }) {
  const invitation = await consumeInvitation(tx, hashLinkToken(token), user.id);
  if (!invitation) throw new AppError("CONFLICT", UNUSABLE);
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) throw new AppError("FORBIDDEN", "This invitation is for another email address.");
  if (await findMembership(tx, invitation.organizationId, user.id)) {
    throw new AppError("CONFLICT", "You are already a member of this organisation. Sign in instead.");
  }
  await insertMembership(tx, { organizationId: invitation.organizationId, userId: user.id, role: invitation.role });
  await recordAudit(tx, {
    organizationIds: [invitation.organizationId],
    actor: { userId: user.id, label: user.email },
    action: "invitation.accepted",
    target: { type: "invitation", id: invitation.id, label: user.email },
    details: { role: invitation.role },
  });
  return { organizationId: invitation.organizationId };
}

/** Someone new accepts: their account (name, password by the policy) and membership, in one transaction. */
export async function acceptInvitationAsNewUser(token: string, input: { name: string; password: string }) {
  const link = await readInvitationLink(token);
  if (link.state !== "open") throw new AppError("CONFLICT", UNUSABLE);
  if (link.existingAccount) throw new AppError("CONFLICT", "This address already has an account. Reload the page to join with it.");
  const { email } = link.invitation;
  const passwordHash = await preparePassword(input.password, { email, name: input.name });
  return db().transaction(async (tx) => {
    const user = await insertUserOnce(tx, { email, name: input.name, passwordHash }, "form");
    await join(tx, token, user);
    return { email: user.email, organizationSlug: link.invitation.organizationSlug };
  });
}

/**
 * Someone with an account (a member of another organisation) accepts: the caller has proved the account
 * is theirs (their password, or their open session).
 */
export async function acceptInvitationAsExistingUser(token: string, user: { id: string; email: string }) {
  return db().transaction(async (tx) => {
    await join(tx, token, user);
    const link = await findInvitationByTokenHash(tx, hashLinkToken(token));
    return { organizationSlug: link!.organizationSlug };
  });
}

/**
 * Someone with an account accepts by typing its password (checked, limited and audited like a sign-in).
 * A person whose other memberships are all deactivated may still join: the password was right.
 */
export async function acceptInvitationWithPassword(token: string, password: string, ip: string) {
  const link = await readInvitationLink(token);
  if (link.state !== "open") throw new AppError("CONFLICT", UNUSABLE);
  const checked = await verifyCredentials(link.invitation.email, password, ip);
  if (!checked.ok && checked.reason === "throttled") {
    throw new AppError("RATE_LIMITED", `Too many failed attempts. Try again in ${checked.retryAfterMinutes} minutes.`);
  }
  if (!checked.ok && checked.reason === "invalid") throw new AppError("UNAUTHENTICATED", "Incorrect password.", { password: ["Incorrect password."] });
  const user = checked.ok ? checked.user : await findUserByEmail(link.invitation.email);
  if (!user) throw new AppError("CONFLICT", UNUSABLE);
  const { organizationSlug } = await acceptInvitationAsExistingUser(token, user);
  return { email: user.email, organizationSlug };
}
