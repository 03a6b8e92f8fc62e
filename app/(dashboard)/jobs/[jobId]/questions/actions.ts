"use server";

import { memberAction } from "@/server/action";
import { addQuestion, moveQuestion, removeQuestion, updateQuestion } from "@/server/jobs/edit-questions";
import { addQuestionSchema, moveQuestionSchema, questionRefSchema, updateQuestionSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction("jobs.manage", addQuestionSchema, async ({ jobId, ...fields }, member) => {
  const questionId = await addQuestion(member, jobId, fields);
  return { questionId };
});

const update = memberAction("jobs.manage", updateQuestionSchema, async ({ jobId, questionId, ...fields }, member) => {
  await updateQuestion(member, jobId, questionId, fields);
});

const move = memberAction("jobs.manage", moveQuestionSchema, async ({ jobId, questionId, direction }, member) => {
  await moveQuestion(member, jobId, questionId, direction);
});

const remove = memberAction("jobs.manage", questionRefSchema, async ({ jobId, questionId }, member) => {
  await removeQuestion(member, jobId, questionId);
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
