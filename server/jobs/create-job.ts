import "server-only";
import { db, type Executor } from "@/db/client";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import { insertJob, insertStages, isSlugTaken } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import { parseMarkdownPosting } from "@/lib/jobs/import";
import { slugify } from "@/lib/jobs/slug";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import { jobFieldsSchema, type JobFields } from "@/lib/validation/job";
import { columnsOf, constraintError, slugTaken } from "./job-fields";
import { announcePublicJobChange, assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";

/** The job row, its default pipeline stages and their default interviews: every job starts like this. */
async function insertNewJob(tx: Executor, actor: JobEditor, fields: JobFields, status: "draft" | "open"): Promise<Job> {
  const job = await insertJob(tx, actor.organizationId, { ...columnsOf(fields), status, publishedAt: status === "open" ? new Date() : null });
  const stages = await insertStages(tx, actor.organizationId, job.id, DEFAULT_STAGES);
  await insertDefaultInterviewPlan(tx, { organizationId: actor.organizationId, jobId: job.id }, stages);
  if (status === "open") await announcePublicJobChange(tx, actor);
  return job;
}

/** Creates a job from the form, as a draft or already open (then it shows on the careers pages at once). */
export async function createJob(actor: JobEditor, input: JobFields & { status?: "draft" | "open" }): Promise<Job> {
  assertManagesJobs(actor);
  const slug = columnsOf(input).slug;
  let job: Job;
  try {
    job = await db().transaction(async (tx) => {
      if (await isSlugTaken(tx, actor.organizationId, slug)) throw slugTaken();
      return insertNewJob(tx, actor, input, input.status ?? "draft");
    });
  } catch (error) {
    return constraintError(error);
  }
  refreshJobPages(actor, job.id, { careers: job.status === "open" });
  return job;
}

/** A slug no other job of the organisation uses: `base`, else `base-2`, `base-3`… */
async function firstFreeSlug(tx: Executor, organizationId: string, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isSlugTaken(tx, organizationId, slug))) return slug;
  }
  throw slugTaken();
}

/**
 * Creates a draft from a Markdown posting (front matter and body). An imported posting never fails on
 * its address: it gets the first free one, and the editor shows it.
 */
export async function importJob(actor: JobEditor, posting: Uint8Array): Promise<Job> {
  assertManagesJobs(actor);
  const fields = jobFieldsSchema.safeParse(parseMarkdownPosting(posting));
  if (!fields.success) {
    const problems = Object.entries(fieldErrorsOf(fields.error)).map(([key, messages]) => `${key}: ${messages.join(" ")}`);
    const message = `The front matter has values Candor cannot use. ${problems.join(" ")}`;
    throw new AppError("VALIDATION", message, { file: [message] });
  }
  let job: Job;
  try {
    job = await db().transaction(async (tx) => {
      const slug = await firstFreeSlug(tx, actor.organizationId, fields.data.slug ?? slugify(fields.data.title));
      return insertNewJob(tx, actor, { ...fields.data, slug }, "draft");
    });
  } catch (error) {
    return constraintError(error);
  }
  refreshJobPages(actor, job.id, { careers: false });
  return job;
}
