"use server";

import { memberAction } from "@/server/action";
import { createJob } from "@/server/jobs/create-job";
import { createJobSchema } from "@/lib/validation/job";

const create = memberAction("jobs.manage", createJobSchema, async ({ intent, ...fields }, member) => {
  const job = await createJob(member, { ...fields, status: intent === "publish" ? "open" : "draft" });
  return { jobId: job.id };
});

export async function createJobAction(input: FormData | Record<string, unknown>) {
  return create(input);
}
