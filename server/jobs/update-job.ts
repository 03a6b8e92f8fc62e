import "server-only";
import { db } from "@/db/client";
import { isSlugTaken, updateJobIfVersion } from "@/db/queries/jobs";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import type { Job, JobStatus } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { JobFields } from "@/lib/validation/job";
import { columnsOf, constraintError, slugTaken } from "./job-fields";
import type { PostingWarning } from "@/lib/jobs/checks";
import { announcePublicJobChange, assertManagesJobs, lockManagedJob, refreshJobPages, type JobEditor } from "./managed-job";
import { warningsToConfirm } from "./review-posting";

export type JobTransition = "publish" | "close" | "reopen";

const transitions: Record<JobTransition, { from: JobStatus[]; to: JobStatus; refused: string }> = {
  publish: { from: ["draft"], to: "open", refused: "Only a draft can be published." },
  close: { from: ["open"], to: "closed", refused: "Only an open job can be closed." },
  reopen: { from: ["closed"], to: "open", refused: "Only a closed job can be reopened." },
};

export type UpdateJobInput = {
  jobId: string;
  version: number;
  fields: JobFields;
  transition?: JobTransition;
  /** The ids of the "Before you publish" warnings the recruiter confirmed (lib/jobs/checks). */
  confirmedWarnings?: readonly string[];
};

/** Saved; or, for a publish or reopen with warnings not yet confirmed, nothing changed and these to confirm. */
export type UpdateJobResult = { outcome: "saved"; job: Job; previousSlug: string } | { outcome: "confirm"; warnings: PostingWarning[] };

/**
 * Saves the job's fields (and optionally publishes, closes or reopens it) if nobody else saved it
 * since `version` was read; otherwise STALE_VERSION and nothing changes. Returns the saved job and
 * the slug it had before. Title, slug, description or status may all show publicly, so the
 * organisation's careers pages are refreshed (the old slug's page goes with them).
 * Publishing and reopening run the "Before you publish" checks first: while a warning is not among `confirmedWarnings`,
 * nothing is saved and the warnings come back for the recruiter to confirm or fix.
 */
export async function updateJob(actor: JobEditor, { jobId, version, fields, transition, confirmedWarnings }: UpdateJobInput): Promise<UpdateJobResult> {
  const scope = assertManagesJobs(actor);
  let saved: UpdateJobResult;
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
      // Reopening puts the posting back in front of candidates and search engines, as publishing did.
      if (transition === "publish" || transition === "reopen") {
        const warnings = warningsToConfirm(fields, confirmedWarnings);
        if (warnings.length > 0) return { outcome: "confirm" as const, warnings };
      }
      // An import's notes are for the draft: once published, the recruiter has checked it.
      const reviewed = status !== "draft" ? { importReview: null } : {};
      const job = await updateJobIfVersion(tx, actor.organizationId, jobId, version, { ...values, ...reviewed, status, publishedAt });
      if (!job) throw new Error("locked job vanished");
      if (transition) {
        const type = transition === "close" ? ("job.closed" as const) : ("job.published" as const);
        await insertWebhookEvents(tx, actor.organizationId, [{ type, data: { job_id: jobId, status: job.status, reopened: transition === "reopen" } }]);
      }
      // Title, slug, description or status may all show publicly; a draft's edits do not.
      if (current.status !== "draft" || job.status !== "draft") await announcePublicJobChange(tx, actor);
      return { outcome: "saved" as const, job, previousSlug: current.slug };
    });
  } catch (error) {
    return constraintError(error);
  }
  if (saved.outcome === "saved") refreshJobPages(actor, jobId, { careers: true });
  return saved;
}
