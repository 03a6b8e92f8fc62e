import "server-only";
import { db, type Executor } from "@/db/client";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import { insertJob, insertStages, isSlugTaken } from "@/db/queries/jobs";
import type { Job } from "@/db/schema";
import type { ImportReview } from "@/lib/postings";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { JobFields } from "@/lib/validation/job";
import { columnsOf, constraintError, slugTaken } from "./job-fields";
import { announcePublicJobChange, assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";

/** The job row, its default pipeline stages and their default interviews: every job starts like this. */
export async function insertNewJob(tx: Executor, actor: JobEditor, fields: JobFields, status: "draft" | "open", importReview?: ImportReview): Promise<Job> {
  const job = await insertJob(tx, actor.organizationId, {
    ...columnsOf(fields),
    status,
    publishedAt: status === "open" ? new Date() : null,
    importReview: importReview ?? null,
  });
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
