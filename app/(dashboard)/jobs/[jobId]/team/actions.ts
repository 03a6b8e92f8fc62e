"use server";

import { memberAction } from "@/server/action";
import { addTeamMember, changeTeamMemberRole, removeTeamMember } from "@/server/jobs/edit-hiring-team";
import { addTeamMemberSchema, changeTeamRoleSchema, removeTeamMemberSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction("jobs.manage", addTeamMemberSchema, async ({ jobId, userId, role }, member) => {
  await addTeamMember(member, jobId, userId, role);
});

const change = memberAction("jobs.manage", changeTeamRoleSchema, async ({ jobId, userId, role }, member) => {
  await changeTeamMemberRole(member, jobId, userId, role);
});

const remove = memberAction("jobs.manage", removeTeamMemberSchema, async ({ jobId, userId }, member) => {
  await removeTeamMember(member, jobId, userId);
});

export async function addTeamMemberAction(input: Input) {
  return add(input);
}
export async function changeTeamRoleAction(input: Input) {
  return change(input);
}
export async function removeTeamMemberAction(input: Input) {
  return remove(input);
}
