import "server-only";
import { db, type Transaction } from "@/db/client";
import { findOpenInvitationByEmail, insertInvitation, replaceInvitationToken } from "@/db/queries/invitations";
import { findMembershipByEmail } from "@/db/queries/members";
import { enqueueEmail } from "@/db/queries/outbox";
import type { Viewer } from "@/lib/auth/viewer";
import { newLinkToken } from "@/lib/auth/link-token";
import { postgresErrorCode } from "@/lib/db-errors";
import type { MemberRole } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { invitationEmail } from "@/lib/members/emails";
import { assertCan } from "@/lib/permissions";
import type { InviteMemberInput } from "@/lib/validation/members";
import { byMember, recordAudit } from "@/server/audit/record-audit";
import { INVITATION_VALID_DAYS, invitationUrl } from "./invitation-link";

export type MemberActor = Viewer & { email: string; name: string; organizationName: string };

const ALREADY_INVITED = "This address already has an invitation. Send it again from the list of pending invitations.";

/**
 * Invites someone to the organisation with a role: an invitation row (only the token's hash) and the email
 * carrying the link, in one transaction. An address that is already a member, or already invited, whatever
 * its case, is refused with a message on the email field.
 */
export async function inviteMember(actor: MemberActor, input: InviteMemberInput): Promise<{ invitationId: string }> {
  assertCan(actor, "members.manage");
  return db().transaction(async (tx) => {
    const member = await findMembershipByEmail(tx, actor.organizationId, input.email);
    if (member) {
      const message = member.deactivatedAt
        ? "This person is a deactivated member. Reactivate them in the list of members instead."
        : "This person is already a member of your organisation.";
      throw new AppError("CONFLICT", message, { email: [message] });
    }
    if (await findOpenInvitationByEmail(tx, actor.organizationId, input.email)) {
      throw new AppError("CONFLICT", ALREADY_INVITED, { email: [ALREADY_INVITED] });
    }
    const { token, hash } = newLinkToken();
    let invitation: { id: string };
    try {
      invitation = await insertInvitation(tx, {
        organizationId: actor.organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedByUserId: actor.userId,
        validDays: INVITATION_VALID_DAYS,
      });
    } catch (error) {
      // Two admins inviting the same address at once: the open-invitation index lets one through.
      if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", ALREADY_INVITED, { email: [ALREADY_INVITED] });
      throw error;
    }
    await sendInvitation(tx, actor, { id: invitation.id, email: input.email, role: input.role, token, tokenHash: hash }, false);
    return { invitationId: invitation.id };
  });
}

/** Sends an open invitation again with a new link (the old one stops working) and a new 7-day expiry. */
export async function resendInvitation(actor: MemberActor, invitationId: string): Promise<void> {
  assertCan(actor, "members.manage");
  await db().transaction(async (tx) => {
    const { token, hash } = newLinkToken();
    const invitation = await replaceInvitationToken(tx, actor.organizationId, invitationId, hash, INVITATION_VALID_DAYS);
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation was accepted or revoked in the meantime. Reload the page.");
    await sendInvitation(tx, actor, { ...invitation, token, tokenHash: hash }, true);
  });
}

async function sendInvitation(
  tx: Transaction,
  actor: MemberActor,
  invitation: { id: string; email: string; role: MemberRole; token: string; tokenHash: string },
  resent: boolean,
) {
  await enqueueEmail(tx, {
    // Without an organisation, like a password reset: the link is a credential (whoever opens it first sets
    // the account's password), and the organisation's outgoing mail is readable by recruiters.
    organizationId: null,
    to: invitation.email,
    // One email per link: a retry of the same transaction cannot send it twice.
    dedupeKey: `invitation:${invitation.tokenHash}`,
    ...invitationEmail({
      inviterName: actor.name,
      organizationName: actor.organizationName,
      role: invitation.role,
      url: invitationUrl(invitation.token),
      validDays: INVITATION_VALID_DAYS,
    }),
  });
  await recordAudit(tx, {
    ...byMember(actor),
    action: "invitation.sent",
    target: { type: "invitation", id: invitation.id, label: invitation.email },
    details: { role: invitation.role, resent },
  });
}
