"use server";

import { memberAction } from "@/server/action";
import { importJob } from "@/server/jobs/import-job";
import { importPostingSchema } from "@/lib/validation/job";

// The same schema checks the chosen file's size and the pasted text in the browser before upload.
const importPosting = memberAction("jobs.manage", importPostingSchema, async (input, member) => {
  const job = await importJob(member, input);
  return { jobId: job.id };
});

export async function importJobAction(input: FormData | Record<string, unknown>) {
  return importPosting(input);
}
