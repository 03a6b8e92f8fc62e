import "server-only";
import { db } from "@/db/client";
import { revokeInvitation as revoke } from "@/db/queries/invitations";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { byMember, recordAudit } from "@/server/audit/record-audit";
import type { MemberActor } from "./invite-member";

/** Withdraws an open invitation: its link stops working at once. */
export async function revokeInvitation(actor: MemberActor, invitationId: string): Promise<void> {
  assertCan(actor, "members.manage");
  await db().transaction(async (tx) => {
    const invitation = await revoke(tx, actor.organizationId, invitationId);
    if (!invitation) throw new AppError("NOT_FOUND", "This invitation was accepted or revoked in the meantime. Reload the page.");
    await recordAudit(tx, {
      ...byMember(actor),
      action: "invitation.revoked",
      target: { type: "invitation", id: invitation.id, label: invitation.email },
      details: { role: invitation.role },
    });
  });
}
