import "server-only";
import { db } from "@/db/client";
import { setMembershipDeactivated } from "@/db/queries/members";
import { endSessionsOpeningNothing } from "@/db/queries/sessions";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { byMember, recordAudit } from "@/server/audit/record-audit";
import { assertNotLastAdmin, lockedMember } from "./change-member-role";
import type { MemberActor } from "./invite-member";

/**
 * Deactivates a member: they can no longer sign in to this organisation, and lose it on their next
 * request (memberships are read on every one). Their sessions that open nothing else end (one this
 * organisation's SSO opened, or any when it was their only organisation); those that also open another
 * organisation go on there. Nothing they wrote moves: scorecards, notes and decisions stay attributed to them.
 */
export async function deactivateMember(actor: MemberActor, userId: string): Promise<void> {
  assertCan(actor, "members.manage");
  if (userId === actor.userId) throw new AppError("CONFLICT", "You can't deactivate yourself. Ask another admin.");
  await db().transaction(async (tx) => {
    const member = await lockedMember(tx, actor.organizationId, userId);
    if (member.deactivatedAt) return;
    await assertNotLastAdmin(tx, actor.organizationId, member);
    await setMembershipDeactivated(tx, actor.organizationId, userId, true);
    const endedSessions = await endSessionsOpeningNothing(tx, userId);
    await recordAudit(tx, {
      ...byMember(actor),
      action: "member.deactivated",
      target: { type: "user", id: userId, label: member.email },
      details: { role: member.role, endedSessions },
    });
  });
}

/** Lets a deactivated member sign in again, with the role they had. */
export async function reactivateMember(actor: MemberActor, userId: string): Promise<void> {
  assertCan(actor, "members.manage");
  await db().transaction(async (tx) => {
    const member = await lockedMember(tx, actor.organizationId, userId);
    if (!member.deactivatedAt) return;
    await setMembershipDeactivated(tx, actor.organizationId, userId, false);
    await recordAudit(tx, {
      ...byMember(actor),
      action: "member.reactivated",
      target: { type: "user", id: userId, label: member.email },
      details: { role: member.role },
    });
  });
}
