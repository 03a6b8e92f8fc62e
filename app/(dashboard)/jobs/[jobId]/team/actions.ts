"use server";

import { addJobMember, changeJobMemberRole, removeJobMember } from "@/db/queries/job-members";
import { memberAction } from "@/server/action";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { addTeamMemberSchema, changeTeamRoleSchema, removeTeamMemberSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction("jobs.manage", addTeamMemberSchema, async ({ jobId, userId, role }, member) => {
  await addJobMember(member, jobId, userId, role);
  revalidateJob(jobId);
});

const change = memberAction("jobs.manage", changeTeamRoleSchema, async ({ jobId, userId, role }, member) => {
  await changeJobMemberRole(member, jobId, userId, role);
  revalidateJob(jobId);
});

const remove = memberAction("jobs.manage", removeTeamMemberSchema, async ({ jobId, userId }, member) => {
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
