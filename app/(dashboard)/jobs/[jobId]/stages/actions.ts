"use server";

import { memberAction } from "@/server/action";
import { addStage, moveStage, removeStage, renameStage } from "@/server/jobs/edit-stages";
import { addStageSchema, moveStageSchema, renameStageSchema, stageRefSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction("jobs.manage", addStageSchema, async ({ jobId, name, kind }, member) => {
  const stageId = await addStage(member, jobId, { name, kind });
  return { stageId };
});

const rename = memberAction("jobs.manage", renameStageSchema, async ({ jobId, stageId, name }, member) => {
  await renameStage(member, jobId, stageId, name);
});

const move = memberAction("jobs.manage", moveStageSchema, async ({ jobId, stageId, direction }, member) => {
  await moveStage(member, jobId, stageId, direction);
});

const remove = memberAction("jobs.manage", stageRefSchema, async ({ jobId, stageId }, member) => {
  await removeStage(member, jobId, stageId);
});

export async function addStageAction(input: Input) {
  return add(input);
}
export async function renameStageAction(input: Input) {
  return rename(input);
}
export async function moveStageAction(input: Input) {
  return move(input);
}
export async function removeStageAction(input: Input) {
  return remove(input);
}
