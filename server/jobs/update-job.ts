import "server-only";
import { db } from "@/db/client";
import { isSlugTaken, updateJobIfVersion } from "@/db/queries/jobs";
import type { Job, JobStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { JobFields } from "@/lib/validation/job";
import { columnsOf, constraintError, slugTaken } from "./job-fields";
import { announcePublicJobChange, assertManagesJobs, lockManagedJob, refreshJobPages, type JobEditor } from "./managed-job";

export type JobTransition = "publish" | "close" | "reopen";

const transitions: Record<JobTransition, { from: JobStatus[]; to: JobStatus; refused: string }> = {
  publish: { from: ["draft"], to: "open", refused: "Only a draft can be published." },
  close: { from: ["open"], to: "closed", refused: "Only an open job can be closed." },
  reopen: { from: ["closed"], to: "open", refused: "Only a closed job can be reopened." },
};

export type UpdateJobInput = { jobId: string; version: number; fields: JobFields; transition?: JobTransition };

/**
 * Saves the job's fields (and optionally publishes, closes or reopens it) if nobody else saved it
 * since `version` was read; otherwise STALE_VERSION and nothing changes. Returns the saved job and
 * the slug it had before. Title, slug, description or status may all show publicly, so the
 * organisation's careers pages are refreshed (the old slug's page goes with them).
 */
export async function updateJob(actor: JobEditor, { jobId, version, fields, transition }: UpdateJobInput): Promise<{ job: Job; previousSlug: string }> {
  const scope = assertManagesJobs(actor);
  let saved: { job: Job; previousSlug: string };
  try {
    saved = await db().transaction(async (tx) => {
      const current = await lockManagedJob(tx, scope, jobId);
      if (current.version !== version) {
        throw new AppError("STALE_VERSION", "This job was changed by someone else since you opened it. Reload the page to see their changes, then make yours again.");
      }
      const values = columnsOf(fields);
      if (values.slug !== current.slug && (await isSlugTaken(tx, actor.organizationId, values.slug, jobId))) throw slugTaken();
      let status = current.status;
      let publishedAt = current.publishedAt;
      if (transition) {
        const rule = transitions[transition];
        if (!rule.from.includes(current.status)) throw new AppError("CONFLICT", rule.refused);
        status = rule.to;
        publishedAt ??= rule.to === "open" ? new Date() : null;
      }
      // An import's notes are for the draft: once published, the recruiter has checked it.
      const reviewed = status !== "draft" ? { importReview: null } : {};
      const job = await updateJobIfVersion(tx, actor.organizationId, jobId, version, { ...values, ...reviewed, status, publishedAt });
      if (!job) throw new Error("locked job vanished");
      // Title, slug, description or status may all show publicly; a draft's edits do not.
      if (current.status !== "draft" || job.status !== "draft") await announcePublicJobChange(tx, actor);
      return { job, previousSlug: current.slug };
    });
  } catch (error) {
    return constraintError(error);
  }
  refreshJobPages(actor, jobId, { careers: true });
  return saved;
}
