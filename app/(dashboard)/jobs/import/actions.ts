"use server";

import { z } from "zod";
import { memberAction } from "@/server/action";
import { importJob } from "@/server/jobs/create-job";

const importSchema = z.object({
  file: z.instanceof(File, { error: "Choose a Markdown (.md) file to import." }).refine((file) => file.size > 0 || file.name !== "", "Choose a Markdown (.md) file to import."),
});

const importPosting = memberAction("jobs.manage", importSchema, async ({ file }, member) => {
  const job = await importJob(member, new Uint8Array(await file.arrayBuffer()));
  return { jobId: job.id };
});

export async function importJobAction(input: FormData | Record<string, unknown>) {
  return importPosting(input);
}
