import "server-only";
import { db, type Executor } from "@/db/client";
import { insertDefaultInterviewPlan } from "@/db/queries/default-interview-plan";
import { insertJob, insertStages, isSlugTaken } from "@/db/queries/jobs";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import type { Job } from "@/db/schema";
import type { ImportReview } from "@/lib/postings";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { JobFields } from "@/lib/validation/job";
import { columnsOf, constraintError, slugTaken } from "./job-fields";
import type { PostingWarning } from "@/lib/jobs/checks";
import { announcePublicJobChange, assertManagesJobs, refreshJobPages, type JobEditor } from "./managed-job";
import { warningsToConfirm } from "./review-posting";

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
  if (status === "open") {
    await announcePublicJobChange(tx, actor);
    await insertWebhookEvents(tx, actor.organizationId, [{ type: "job.published", data: { job_id: job.id, status: job.status, reopened: false } }]);
  }
  return job;
}

export type CreateJobInput = JobFields & {
  status?: "draft" | "open";
  /** For a job created open: the ids of the "Before you publish" warnings the recruiter confirmed. */
  confirmedWarnings?: readonly string[];
};

/** Created; or, for a job to open with warnings not yet confirmed, nothing created and these to confirm. */
export type CreateJobResult = { outcome: "created"; job: Job } | { outcome: "confirm"; warnings: PostingWarning[] };

/**
 * Creates a job from the form, as a draft or already open (then it shows on the careers pages at once).
 * Opening it runs the "Before you publish" checks first, as publishing a draft does.
 */
export async function createJob(actor: JobEditor, { confirmedWarnings, ...input }: CreateJobInput): Promise<CreateJobResult> {
  assertManagesJobs(actor);
  const slug = columnsOf(input).slug;
  let result: CreateJobResult;
  try {
    result = await db().transaction(async (tx) => {
      if (await isSlugTaken(tx, actor.organizationId, slug)) throw slugTaken();
      // Refusals first, then what to confirm: a confirmed job should not then meet a taken address.
      const warnings = input.status === "open" ? warningsToConfirm(input, confirmedWarnings) : [];
      if (warnings.length > 0) return { outcome: "confirm" as const, warnings };
      return { outcome: "created" as const, job: await insertNewJob(tx, actor, input, input.status ?? "draft") };
    });
  } catch (error) {
    return constraintError(error);
  }
  if (result.outcome === "created") refreshJobPages(actor, result.job.id, { careers: result.job.status === "open" });
  return result;
}
