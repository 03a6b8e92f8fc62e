"use server";

import { createJob } from "@/db/queries/jobs";
import { memberAction } from "@/server/action";
import { revalidateCareers } from "@/server/cache/public";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { createJobSchema } from "@/lib/validation/job";

const create = memberAction("jobs.manage", createJobSchema, async ({ intent, ...fields }, member) => {
  const job = await createJob(member, { ...fields, status: intent === "publish" ? "open" : "draft" });
  revalidateJob(job.id);
  if (job.status === "open") revalidateCareers(member.organizationSlug);
  return { jobId: job.id };
});

export async function createJobAction(input: FormData | Record<string, unknown>) {
  return create(input);
}
