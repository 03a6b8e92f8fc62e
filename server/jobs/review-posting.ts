import "server-only";
import type { Job } from "@/db/schema";
import { absoluteUrl } from "@/lib/careers/absolute-url";
import { reviewPosting, unconfirmedWarnings, type CheckedJob, type PostingReview, type PostingWarning } from "@/lib/jobs/checks";
import type { JobFields, PostingCheckFields } from "@/lib/validation/job";
import { assertManagesJobs, type JobEditor } from "./managed-job";

// The "Before you publish" checks (lib/jobs/checks) on the server: for the editor's panel as the recruiter
// types, and in the use cases that publish, which ask for a confirmation of each warning first.

const review = (job: CheckedJob): PostingReview => reviewPosting(job, { ownOrigin: absoluteUrl("/") });

/** The panel's checks on the editor's current values. */
export function reviewPostingFields(actor: JobEditor, fields: PostingCheckFields): PostingReview {
  assertManagesJobs(actor);
  return review(fields);
}

/** The checks on a stored job, for the editor's first render. */
export function reviewStoredJob(job: Job): PostingReview {
  return review({ ...job, closesAt: job.closesAt ? job.closesAt.toISOString().slice(0, 10) : null });
}

/**
 * What the recruiter must confirm before these fields are published; empty when they may be. While any
 * warning is unconfirmed (a new one since they saw the list), all of them come back, so the confirmation
 * that follows covers the whole list.
 */
export function warningsToConfirm(fields: JobFields, confirmed: readonly string[] = []): PostingWarning[] {
  const { warnings } = review(fields);
  return unconfirmedWarnings(warnings, confirmed).length > 0 ? warnings : [];
}
