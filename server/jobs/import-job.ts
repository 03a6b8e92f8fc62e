import "server-only";
import { db, type Executor } from "@/db/client";
import { isSlugTaken } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { jobFieldsSchema } from "@/lib/validation/job";
import { insertNewJob } from "./create-job";
import { constraintError, slugTaken } from "./job-fields";
import { assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";
import { readPosting, type PostingInput } from "./read-posting";

/** A slug no other job of the organisation uses: `base`, else `base-2`, `base-3`… */
async function firstFreeSlug(tx: Executor, organizationId: string, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isSlugTaken(tx, organizationId, slug))) return slug;
  }
  throw slugTaken();
}

const fieldNames: Record<string, string> = {
  descriptionMd: "The description",
  payCurrency: "The pay currency",
  payMax: "The pay range",
  workplaceType: "The workplace",
  employmentType: "The employment type",
};

/**
 * Creates a draft from an uploaded or pasted posting (Markdown, plain text, HTML, Word or PDF), with what
 * the import guessed, repaired and removed kept for the editor to show. An imported posting never fails on
 * its address: it gets the first free one. When the posting can't become a job, nothing is stored and the
 * message says what to change.
 */
export async function importJob(actor: JobEditor, input: PostingInput): Promise<Job> {
  assertManagesJobs(actor);
  const { review, ...posting } = await readPosting(input);
  const fields = jobFieldsSchema.safeParse(posting);
  if (!fields.success) {
    const problems = Object.entries(fieldErrorsOf(fields.error)).map(([key, messages]) => `${fieldNames[key] ?? key}: ${messages.join(" ")}`);
    const message = `The posting has values Candor cannot use. ${problems.join(" ")} Fix them in the file or the pasted text and import again.`;
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  let job: Job;
  try {
    job = await db().transaction(async (tx) => {
      const slug = await firstFreeSlug(tx, actor.organizationId, fields.data.slug ?? posting.slug);
      return insertNewJob(tx, actor, { ...fields.data, slug }, "draft", review);
    });
  } catch (error) {
    return constraintError(error);
  }
  refreshJobPages(actor, job.id, { careers: false });
  return job;
}
