"use server";

import { memberAction } from "@/server/action";
import { createJob } from "@/server/jobs/create-job";
import { createJobSchema } from "@/lib/validation/job";

const create = memberAction("jobs.manage", createJobSchema, async ({ intent, ...fields }, member) => {
  const result = await createJob(member, { ...fields, status: intent === "publish" ? "open" : "draft" });
  // Publishing with warnings not yet confirmed: nothing was created; the form asks the recruiter.
  return result.outcome === "confirm" ? { confirm: result.warnings } : { jobId: result.job.id };
});

export async function createJobAction(input: FormData | Record<string, unknown>) {
  return create(input);
}
