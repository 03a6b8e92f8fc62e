"use server";

import { memberAction } from "@/server/action";
import { importJob } from "@/server/jobs/create-job";
import { importPostingSchema } from "@/lib/validation/job";

// The same schema checks the chosen file in the browser before upload.
const importSchema = importPostingSchema;

const importPosting = memberAction("jobs.manage", importSchema, async ({ file }, member) => {
  const job = await importJob(member, new Uint8Array(await file.arrayBuffer()));
  return { jobId: job.id };
});

export async function importJobAction(input: FormData | Record<string, unknown>) {
  return importPosting(input);
}
