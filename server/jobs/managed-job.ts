import "server-only";
import type { Executor } from "@/db/client";
import { lockJob } from "@/db/queries/jobs";
import { announcePublicChange } from "@/db/queries/public-changes";
import type { Job } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { revalidateJob } from "@/lib/jobs/revalidate";
import { assertCan, jobScope, type JobScope } from "@/lib/permissions";
import type { Member } from "@/server/auth/session";
import { revalidateCareers } from "@/server/cache/public";

// Shared by the job-editing use cases (the job itself, its stages, questions and hiring team).

/** Who edits a job: their organisation (whose slug names the careers pages to refresh) and role. */
export type JobEditor = Pick<Member, "organizationId" | "organizationSlug" | "userId" | "role">;

/** Refuses members who may not manage jobs; returns the jobs they may manage. */
export function assertManagesJobs(actor: JobEditor): JobScope {
  assertCan(actor, "jobs.manage");
  return jobScope(actor, "jobs.manage");
}

/**
 * The job, locked for the rest of the transaction so concurrent edits of one job queue up instead of
 * interleaving; another organisation's job looks like no job.
 */
export async function lockManagedJob(tx: Executor, scope: JobScope, jobId: string): Promise<Job> {
  const job = await lockJob(tx, scope, jobId);
  if (!job) throw new AppError("NOT_FOUND", "This job no longer exists.");
  return job;
}

/**
 * Tells every app server that what the organisation shows publicly changed. Call inside the change's
 * transaction: the announcement goes out when it commits, and never for one rolled back.
 */
export async function announcePublicJobChange(tx: Executor, actor: JobEditor): Promise<void> {
  await announcePublicChange(tx, actor.organizationId);
}

/**
 * After a change to a job, on this server at once: its dashboard pages, and the public pages when
 * candidates can see the change (the others hear of it from the announcement).
 */
export function refreshJobPages(actor: JobEditor, jobId: string, { careers }: { careers: boolean }): void {
  revalidateJob(jobId);
  if (careers) revalidateCareers(actor.organizationSlug);
}
