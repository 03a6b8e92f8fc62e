import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/jobs/slug";
import { DEFAULT_STAGES } from "@/lib/pipeline";
import type { JobFields } from "@/lib/validation/job";
import { db, type Executor } from "../client";
import { applications, jobStages, jobs, type Job, type JobStatus } from "../schema";
import { insertDefaultInterviewPlan } from "./interview-plan";
import { announcePublicChange } from "./public-changes";
import { onViewersTeam } from "./visibility";

/** The jobs this viewer may see: all of the organisation's for admins and recruiters, their team's for others. */
function visibleTo(viewer: Viewer): SQL | undefined {
  return and(eq(jobs.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id));
}

const activeCount = sql<number>`count(${applications.id}) filter (where ${applications.status} = 'active')`.mapWith(Number);
const totalCount = sql<number>`count(${applications.id})`.mapWith(Number);

export type JobListFilters = { status?: JobStatus; department?: string; q?: string };

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listJobs(viewer: Viewer, filters: JobListFilters = {}) {
  const q = filters.q?.trim();
  return db()
    .select({
      id: jobs.id,
      title: jobs.title,
      department: jobs.department,
      location: jobs.location,
      workplaceType: jobs.workplaceType,
      status: jobs.status,
      publishedAt: jobs.publishedAt,
      updatedAt: jobs.updatedAt,
      activeApplicants: activeCount,
      totalApplicants: totalCount,
    })
    .from(jobs)
    .leftJoin(applications, eq(applications.jobId, jobs.id))
    .where(
      and(
        visibleTo(viewer),
        filters.status ? eq(jobs.status, filters.status) : undefined,
        filters.department ? eq(jobs.department, filters.department) : undefined,
        q ? or(ilike(jobs.title, likePattern(q)), ilike(jobs.department, likePattern(q)), ilike(jobs.location, likePattern(q))) : undefined,
      ),
    )
    .groupBy(jobs.id)
    .orderBy(sql`case ${jobs.status} when 'open' then 0 when 'draft' then 1 else 2 end`, desc(jobs.updatedAt));
}

/** The departments of the jobs the viewer may see, for the list's filter. */
export async function listJobDepartments(viewer: Viewer): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ department: jobs.department })
    .from(jobs)
    .where(and(visibleTo(viewer), isNotNull(jobs.department)))
    .orderBy(asc(jobs.department));
  return rows.flatMap((row) => (row.department ? [row.department] : []));
}

/** Active applicants per live stage of each of these jobs, in pipeline order. */
export async function listStageCountsForJobs(viewer: Viewer, jobIds: string[]) {
  if (jobIds.length === 0) return new Map<string, { id: string; name: string; activeApplicants: number }[]>();
  const rows = await db()
    .select({ jobId: jobStages.jobId, id: jobStages.id, name: jobStages.name, activeApplicants: activeCount })
    .from(jobStages)
    .innerJoin(jobs, eq(jobs.id, jobStages.jobId))
    .leftJoin(applications, eq(applications.stageId, jobStages.id))
    .where(and(inArray(jobStages.jobId, jobIds), isNull(jobStages.archivedAt), visibleTo(viewer)))
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
  const byJob = new Map<string, { id: string; name: string; activeApplicants: number }[]>();
  for (const { jobId, ...stage } of rows) byJob.set(jobId, [...(byJob.get(jobId) ?? []), stage]);
  return byJob;
}

/** One job the viewer may see, or null: another organisation's job and a job off the viewer's team look the same. */
export async function getJob(viewer: Viewer, jobId: string) {
  const [job] = await db()
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), visibleTo(viewer)))
    .limit(1);
  return job ?? null;
}

/** The job's live stages (archived ones are gone from the pipeline) with their active applicants. */
export async function listStagesWithCounts(viewer: Viewer, jobId: string) {
  return db()
    .select({
      id: jobStages.id,
      name: jobStages.name,
      kind: jobStages.kind,
      position: jobStages.position,
      activeApplicants: activeCount,
      totalApplicants: totalCount,
    })
    .from(jobStages)
    .innerJoin(jobs, eq(jobs.id, jobStages.jobId))
    .leftJoin(applications, eq(applications.stageId, jobStages.id))
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt), visibleTo(viewer)))
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
}

// --- managing jobs (admins and recruiters) ------------------------------------------------------

/** Only admins and recruiters change jobs; the actions check too, this keeps every caller honest. */
export function assertManagesJobs(viewer: Viewer): void {
  if (!seesAllJobs(viewer.role)) throw new AppError("FORBIDDEN", "You don't have access to do that.");
}

/**
 * A job of the viewer's organisation that the viewer may manage, locked for the rest of the
 * transaction; throws NOT_FOUND for anything else (another organisation's job looks like no job).
 */
export async function lockManagedJob(tx: Executor, viewer: Viewer, jobId: string): Promise<Job> {
  assertManagesJobs(viewer);
  const [job] = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, viewer.organizationId)))
    .for("update")
    .limit(1);
  if (!job) throw new AppError("NOT_FOUND", "This job no longer exists.");
  return job;
}

const SLUG_TAKEN = "Another job already uses this address. Choose a different one.";

async function slugTaken(tx: Executor, organizationId: string, slug: string, exceptJobId?: string) {
  const [row] = await tx
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.slug, slug), exceptJobId ? ne(jobs.id, exceptJobId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** A slug no other job of the organisation uses: `base`, else `base-2`, `base-3`… (for imports). */
export async function availableSlug(viewer: Viewer, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await slugTaken(db(), viewer.organizationId, slug))) return slug;
  }
  throw new AppError("CONFLICT", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
}

/** The unique index is the last word when two saves race past the check. */
function slugClash(error: unknown): never {
  if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
  if (postgresErrorCode(error) === "23514") {
    throw new AppError("VALIDATION", "The maximum pay must be at least the minimum.", { payMax: ["The maximum pay must be at least the minimum."] });
  }
  throw error;
}

function columnsOf(fields: JobFields) {
  return {
    title: fields.title,
    slug: fields.slug ?? slugify(fields.title),
    department: fields.department ?? null,
    location: fields.location ?? null,
    workplaceType: fields.workplaceType,
    employmentType: fields.employmentType,
    payMin: fields.payMin ?? null,
    payMax: fields.payMax ?? null,
    payCurrency: fields.payCurrency ?? null,
    payPeriod: fields.payPeriod ?? null,
    // A closing date means "open until the end of that day" (UTC).
    closesAt: fields.closesAt ? new Date(`${fields.closesAt}T23:59:59.999Z`) : null,
    anonymizedReview: fields.anonymizedReview,
    descriptionMd: fields.descriptionMd,
  };
}

/**
 * Creates a job with the default pipeline stages, as a draft or already open. Every job is made here,
 * whether from the form or from an imported Markdown posting.
 */
export async function createJob(viewer: Viewer, input: JobFields & { status?: "draft" | "open" }): Promise<Job> {
  assertManagesJobs(viewer);
  const values = columnsOf(input);
  try {
    return await db().transaction(async (tx) => {
      if (await slugTaken(tx, viewer.organizationId, values.slug)) throw new AppError("CONFLICT", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
      const status = input.status ?? "draft";
      const [job] = await tx
        .insert(jobs)
        .values({ ...values, organizationId: viewer.organizationId, status, publishedAt: status === "open" ? new Date() : null })
        .returning();
      if (!job) throw new Error("job insert returned no row");
      const stages = await tx
        .insert(jobStages)
        .values(DEFAULT_STAGES.map((stage, position) => ({ ...stage, position, organizationId: viewer.organizationId, jobId: job.id })))
        .returning({ id: jobStages.id, kind: jobStages.kind });
      await insertDefaultInterviewPlan(tx, { organizationId: viewer.organizationId, jobId: job.id }, stages);
      if (status === "open") await announcePublicChange(tx, viewer.organizationId);
      return job;
    });
  } catch (error) {
    return slugClash(error);
  }
}

export type JobTransition = "publish" | "close" | "reopen";

const transitions: Record<JobTransition, { from: JobStatus[]; to: JobStatus; refused: string }> = {
  publish: { from: ["draft"], to: "open", refused: "Only a draft can be published." },
  close: { from: ["open"], to: "closed", refused: "Only an open job can be closed." },
  reopen: { from: ["closed"], to: "open", refused: "Only a closed job can be reopened." },
};

/**
 * Saves the job's fields (and optionally publishes, closes or reopens it) if nobody else saved it
 * since `version` was read; otherwise STALE_VERSION and nothing changes. Returns the saved job and
 * the slug it had before, so callers can refresh both public addresses.
 */
export async function updateJob(
  viewer: Viewer,
  jobId: string,
  version: number,
  fields: JobFields,
  transition?: JobTransition,
): Promise<{ job: Job; previousSlug: string }> {
  try {
    return await db().transaction(async (tx) => {
      const current = await lockManagedJob(tx, viewer, jobId);
      if (current.version !== version) {
        throw new AppError("STALE_VERSION", "This job was changed by someone else since you opened it. Reload the page to see their changes, then make yours again.");
      }
      const values = columnsOf(fields);
      if (values.slug !== current.slug && (await slugTaken(tx, viewer.organizationId, values.slug, jobId))) {
        throw new AppError("CONFLICT", SLUG_TAKEN, { slug: [SLUG_TAKEN] });
      }
      let status = current.status;
      let publishedAt = current.publishedAt;
      if (transition) {
        const rule = transitions[transition];
        if (!rule.from.includes(current.status)) throw new AppError("CONFLICT", rule.refused);
        status = rule.to;
        publishedAt ??= rule.to === "open" ? new Date() : null;
      }
      const [job] = await tx
        .update(jobs)
        .set({ ...values, status, publishedAt, version: sql`${jobs.version} + 1` })
        .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, viewer.organizationId), eq(jobs.version, version)))
        .returning();
      if (!job) throw new Error("locked job vanished");
      // Title, slug, description or status may all show publicly; a draft's edits do not.
      if (current.status !== "draft" || job.status !== "draft") await announcePublicChange(tx, viewer.organizationId);
      return { job, previousSlug: current.slug };
    });
  } catch (error) {
    return slugClash(error);
  }
}

