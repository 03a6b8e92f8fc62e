import "server-only";
import { db, type Executor } from "@/db/client";
import { listSlugsStartingWith } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/jobs/slug";
import type { ImportReview } from "@/lib/postings";
import { jobFieldProblems, jobFieldsSchema, type JobFields } from "@/lib/validation/job";
import { insertNewJob } from "./create-job";
import { constraintError } from "./job-fields";
import { assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";
import { readPosting, type PostingInput } from "./read-posting";

/**
 * A slug no other job of the organisation uses: `base`, else `base-2`, `base-3`… found with one query,
 * however many jobs share the title (a board of 500 "Store Associate" postings once cost 125,000 queries,
 * and the thousandth could not be imported at all).
 */
async function firstFreeSlug(tx: Executor, organizationId: string, base: string): Promise<string> {
  const taken = new Set(await listSlugsStartingWith(tx, organizationId, base));
  let n = 1;
  while (taken.has(n === 1 ? base : `${base}-${n}`)) n++;
  return n === 1 ? base : `${base}-${n}`;
}

/** An imported posting as a draft at the first free address: an import never fails on its address. */
export async function insertImportedDraft(tx: Executor, actor: JobEditor, fields: JobFields, review: ImportReview): Promise<Job> {
  const slug = await firstFreeSlug(tx, actor.organizationId, fields.slug ?? slugify(fields.title));
  return insertNewJob(tx, actor, { ...fields, slug }, "draft", review);
}

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
    const message = `The posting has values Candor cannot use. ${jobFieldProblems(fields.error)} Fix them in the file or the pasted text and import again.`;
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  let job: Job;
  try {
    job = await db().transaction((tx) => insertImportedDraft(tx, actor, { ...fields.data, slug: fields.data.slug ?? posting.slug }, review));
  } catch (error) {
    return constraintError(error);
  }
  refreshJobPages(actor, job.id, { careers: false });
  return job;
}
