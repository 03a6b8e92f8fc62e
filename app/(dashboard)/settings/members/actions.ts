"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { changeMemberRole } from "@/server/members/change-member-role";
import { inviteMember, resendInvitation } from "@/server/members/invite-member";
import { revokeInvitation } from "@/server/members/revoke-invitation";
import { deactivateMember, reactivateMember } from "@/server/members/set-member-active";
import { changeMemberRoleSchema, invitationIdSchema, inviteMemberSchema, memberIdSchema } from "@/lib/validation/members";

// Settings → Members: every action is the admins' (members.manage), checked again in each use case.

const done = () => revalidatePath("/settings/members");

export const inviteMemberAction = memberAction("members.manage", inviteMemberSchema, async (input, member) => {
  const { invitationId } = await inviteMember(member, input);
  done();
  return { email: input.email, invitationId };
});

export const resendInvitationAction = memberAction("members.manage", invitationIdSchema, async ({ invitationId }, member) => {
  await resendInvitation(member, invitationId);
  done();
});

export const revokeInvitationAction = memberAction("members.manage", invitationIdSchema, async ({ invitationId }, member) => {
  await revokeInvitation(member, invitationId);
  done();
});

export const changeMemberRoleAction = memberAction("members.manage", changeMemberRoleSchema, async ({ userId, role }, member) => {
  const result = await changeMemberRole(member, userId, role);
  done();
  return result;
});

export const deactivateMemberAction = memberAction("members.manage", memberIdSchema, async ({ userId }, member) => {
  await deactivateMember(member, userId);
  done();
});

export const reactivateMemberAction = memberAction("members.manage", memberIdSchema, async ({ userId }, member) => {
  await reactivateMember(member, userId);
  done();
});
