"use server";

import { z } from "zod";
import { availableSlug, createJob } from "@/db/queries/jobs";
import { memberAction } from "@/server/action";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { parseMarkdownPosting } from "@/lib/jobs/import";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { slugify } from "@/lib/jobs/slug";
import { jobFieldsSchema } from "@/lib/validation/job";

const importSchema = z.object({
  file: z.instanceof(File, { error: "Choose a Markdown (.md) file to import." }).refine((file) => file.size > 0 || file.name !== "", "Choose a Markdown (.md) file to import."),
});

const importPosting = memberAction("jobs.manage", importSchema, async ({ file }, member) => {
  const posting = parseMarkdownPosting(new Uint8Array(await file.arrayBuffer()));
  const fields = jobFieldsSchema.safeParse(posting);
  if (!fields.success) {
    const problems = Object.entries(fieldErrorsOf(fields.error)).map(([key, messages]) => `${key}: ${messages.join(" ")}`);
    const message = `The front matter has values Candor cannot use. ${problems.join(" ")}`;
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  // An imported posting never fails on its address: it gets the first free one, and the editor shows it.
  const slug = await availableSlug(member, fields.data.slug ?? slugify(fields.data.title));
  const job = await createJob(member, { ...fields.data, slug, status: "draft" });
  revalidateJob(job.id);
  return { jobId: job.id };
});

export async function importJobAction(input: FormData | Record<string, unknown>) {
  return importPosting(input);
}
