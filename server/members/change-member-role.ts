import "server-only";
import { db, type Transaction } from "@/db/client";
import { countActiveAdmins, findMembership, lockOrganization, updateMembershipRole } from "@/db/queries/members";
import type { MemberRole } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { byMember, recordAudit } from "@/server/audit/record-audit";
import type { MemberActor } from "./invite-member";

const GONE = "This person is no longer a member of your organisation. Reload the page.";

/**
 * The member, read after locking the organisation's row: every change to who is an admin waits for the
 * one before it, so two admins demoting each other at once cannot leave the organisation without one.
 */
export async function lockedMember(tx: Transaction, organizationId: string, userId: string) {
  await lockOrganization(tx, organizationId);
  const member = await findMembership(tx, organizationId, userId);
  if (!member) throw new AppError("NOT_FOUND", GONE);
  return member;
}

/**
 * Refuses a change that would leave no active admin. A deactivated admin, or one whose account is
 * disabled, is not active: changing them leaves the count as it is.
 */
export async function assertNotLastAdmin(
  tx: Transaction,
  organizationId: string,
  member: { role: MemberRole; deactivatedAt: Date | null; userDisabledAt: Date | null; name: string },
) {
  if (member.role !== "admin" || member.deactivatedAt || member.userDisabledAt) return;
  if ((await countActiveAdmins(tx, organizationId)) <= 1) {
    throw new AppError("CONFLICT", `${member.name} is the only active admin. Make someone else an admin first.`);
  }
}

/**
 * Changes a member's role in this organisation. Their sessions go on: the role is read from the database
 * on every request, so their next page or action already has the new one, and nothing they loaded under
 * the old role does more than it allows. Their other organisations are not touched.
 */
export async function changeMemberRole(actor: MemberActor, userId: string, role: MemberRole): Promise<{ changed: boolean }> {
  assertCan(actor, "members.manage");
  return db().transaction(async (tx) => {
    const member = await lockedMember(tx, actor.organizationId, userId);
    if (member.role === role) return { changed: false };
    if (role !== "admin") await assertNotLastAdmin(tx, actor.organizationId, member);
    await updateMembershipRole(tx, actor.organizationId, userId, role);
    await recordAudit(tx, {
      ...byMember(actor),
      action: "member.role_changed",
      target: { type: "user", id: userId, label: member.email },
      details: { from: member.role, to: role },
    });
    return { changed: true };
  });
}
