"use server";

import { availableSlug, createJob } from "@/db/queries/jobs";
import { memberAction } from "@/server/action";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { parseMarkdownPosting } from "@/lib/jobs/import";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { slugify } from "@/lib/jobs/slug";
import { importPostingSchema, jobFieldsSchema } from "@/lib/validation/job";

// The same schema checks the chosen file in the browser before upload.
const importSchema = importPostingSchema;

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
