"use server";

import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from "@/db/queries/job-questions";
import { memberAction } from "@/server/action";
import { revalidateCareers } from "@/server/cache/public";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { addQuestionSchema, moveQuestionSchema, questionRefSchema, updateQuestionSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

// The application form shows these questions, so each change also refreshes the public pages.
function refreshed(jobId: string, organizationSlug: string) {
  revalidateJob(jobId);
  revalidateCareers(organizationSlug);
}

const add = memberAction("jobs.manage", addQuestionSchema, async ({ jobId, ...fields }, member) => {
  const questionId = await addQuestion(member, jobId, fields);
  refreshed(jobId, member.organizationSlug);
  return { questionId };
});

const update = memberAction("jobs.manage", updateQuestionSchema, async ({ jobId, questionId, ...fields }, member) => {
  await updateQuestion(member, jobId, questionId, fields);
  refreshed(jobId, member.organizationSlug);
});

const move = memberAction("jobs.manage", moveQuestionSchema, async ({ jobId, questionId, direction }, member) => {
  await moveQuestion(member, jobId, questionId, direction);
  refreshed(jobId, member.organizationSlug);
});

const remove = memberAction("jobs.manage", questionRefSchema, async ({ jobId, questionId }, member) => {
  await removeQuestion(member, jobId, questionId);
  refreshed(jobId, member.organizationSlug);
});

export async function addQuestionAction(input: Input) {
  return add(input);
}
export async function updateQuestionAction(input: Input) {
  return update(input);
}
export async function moveQuestionAction(input: Input) {
  return move(input);
}
export async function removeQuestionAction(input: Input) {
  return remove(input);
}
