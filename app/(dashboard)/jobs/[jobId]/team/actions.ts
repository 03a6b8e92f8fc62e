"use server";

import { addJobMember, changeJobMemberRole, removeJobMember } from "@/db/queries/job-members";
import { memberAction } from "@/lib/action";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { jobManagerRoles } from "@/lib/jobs/roles";
import { addTeamMemberSchema, changeTeamRoleSchema, removeTeamMemberSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction(jobManagerRoles, addTeamMemberSchema, async ({ jobId, userId, role }, member) => {
  await addJobMember(member, jobId, userId, role);
  revalidateJob(jobId);
});

const change = memberAction(jobManagerRoles, changeTeamRoleSchema, async ({ jobId, userId, role }, member) => {
  await changeJobMemberRole(member, jobId, userId, role);
  revalidateJob(jobId);
});

const remove = memberAction(jobManagerRoles, removeTeamMemberSchema, async ({ jobId, userId }, member) => {
  await removeJobMember(member, jobId, userId);
  revalidateJob(jobId);
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
