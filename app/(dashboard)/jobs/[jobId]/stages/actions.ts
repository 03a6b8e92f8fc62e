"use server";

import { addStage, moveStage, removeStage, renameStage } from "@/db/queries/job-stages";
import { memberAction } from "@/server/action";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { addStageSchema, moveStageSchema, renameStageSchema, stageRefSchema } from "@/lib/validation/job";

type Input = FormData | Record<string, unknown>;

const add = memberAction("jobs.manage", addStageSchema, async ({ jobId, name, kind }, member) => {
  const stageId = await addStage(member, jobId, { name, kind });
  revalidateJob(jobId);
  return { stageId };
});

const rename = memberAction("jobs.manage", renameStageSchema, async ({ jobId, stageId, name }, member) => {
  await renameStage(member, jobId, stageId, name);
  revalidateJob(jobId);
});

const move = memberAction("jobs.manage", moveStageSchema, async ({ jobId, stageId, direction }, member) => {
  await moveStage(member, jobId, stageId, direction);
  revalidateJob(jobId);
});

const remove = memberAction("jobs.manage", stageRefSchema, async ({ jobId, stageId }, member) => {
  await removeStage(member, jobId, stageId);
  revalidateJob(jobId);
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
