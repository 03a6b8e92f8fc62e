import "server-only";
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, like, ne, or, sql, type SQL } from "drizzle-orm";
import type { JobScope } from "@/lib/permissions";
import { db, type Executor } from "../client";
import { applications, jobStages, jobs, type Job, type JobStatus, type StageKind } from "../schema";
import { inJobScope } from "./visibility";

/** The organisation's jobs within `scope` (the caller computed it from the member's permissions). */
function inScope(scope: JobScope): SQL | undefined {
  return and(eq(jobs.organizationId, scope.organizationId), inJobScope(scope, jobs.id));
}

const activeCount = sql<number>`count(${applications.id}) filter (where ${applications.status} = 'active')`.mapWith(Number);
const totalCount = sql<number>`count(${applications.id})`.mapWith(Number);

export type JobListFilters = { status?: JobStatus; department?: string; q?: string };

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const likePattern = (text: string) => `%${escapeLike(text)}%`;

export async function listJobs(scope: JobScope, filters: JobListFilters = {}) {
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
        inScope(scope),
        filters.status ? eq(jobs.status, filters.status) : undefined,
        filters.department ? eq(jobs.department, filters.department) : undefined,
        q ? or(ilike(jobs.title, likePattern(q)), ilike(jobs.department, likePattern(q)), ilike(jobs.location, likePattern(q))) : undefined,
      ),
    )
    .groupBy(jobs.id)
    .orderBy(sql`case ${jobs.status} when 'open' then 0 when 'draft' then 1 else 2 end`, desc(jobs.updatedAt));
}

/** The departments of the jobs in scope, for the list's filter. */
export async function listJobDepartments(scope: JobScope): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ department: jobs.department })
    .from(jobs)
    .where(and(inScope(scope), isNotNull(jobs.department)))
    .orderBy(asc(jobs.department));
  return rows.flatMap((row) => (row.department ? [row.department] : []));
}

/** Active applicants per live stage of each of these jobs, in pipeline order. */
export async function listStageCountsForJobs(scope: JobScope, jobIds: string[]) {
  if (jobIds.length === 0) return new Map<string, { id: string; name: string; activeApplicants: number }[]>();
  const rows = await db()
    .select({ jobId: jobStages.jobId, id: jobStages.id, name: jobStages.name, activeApplicants: activeCount })
    .from(jobStages)
    .innerJoin(jobs, eq(jobs.id, jobStages.jobId))
    .leftJoin(applications, eq(applications.stageId, jobStages.id))
    .where(and(inArray(jobStages.jobId, jobIds), isNull(jobStages.archivedAt), inScope(scope)))
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
  const byJob = new Map<string, { id: string; name: string; activeApplicants: number }[]>();
  for (const { jobId, ...stage } of rows) byJob.set(jobId, [...(byJob.get(jobId) ?? []), stage]);
  return byJob;
}

/** One job in scope, or null: another organisation's job and a job off the member's team look the same. */
export async function findJob(scope: JobScope, jobId: string, executor: Executor = db()) {
  const [job] = await executor
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), inScope(scope)))
    .limit(1);
  return job ?? null;
}

/** The job's live stages (archived ones are gone from the pipeline) with their active applicants. */
export async function listStagesWithCounts(scope: JobScope, jobId: string) {
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
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt), inScope(scope)))
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
}

// --- writes, for the use cases in server/jobs (which check permissions and open the transaction) ---

/** The job of the organisation, locked for the rest of the transaction; null when there is none. */
export async function lockJob(tx: Executor, scope: JobScope, jobId: string): Promise<Job | null> {
  const [job] = await tx
    .select()
    .from(jobs)
    .where(and(eq(jobs.id, jobId), inScope(scope)))
    .for("update")
    .limit(1);
  return job ?? null;
}

/** Whether another job of the organisation (than `exceptJobId`) has this slug. */
export async function isSlugTaken(executor: Executor, organizationId: string, slug: string, exceptJobId?: string): Promise<boolean> {
  const [row] = await executor
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.slug, slug), exceptJobId ? ne(jobs.id, exceptJobId) : undefined))
    .limit(1);
  return Boolean(row);
}

/** The organisation's job addresses that are `base` or `base-` followed by anything (`base-2`, `base-team`). */
export async function listSlugsStartingWith(executor: Executor, organizationId: string, base: string): Promise<string[]> {
  const prefix = `${escapeLike(base)}-%`;
  const rows = await executor
    .select({ slug: jobs.slug })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), or(eq(jobs.slug, base), like(jobs.slug, prefix))));
  return rows.map((row) => row.slug);
}

export type JobColumns = Omit<typeof jobs.$inferInsert, "id" | "organizationId" | "status" | "publishedAt" | "version" | "createdAt" | "updatedAt">;

export async function insertJob(tx: Executor, organizationId: string, values: JobColumns & { status: JobStatus; publishedAt: Date | null }): Promise<Job> {
  const [job] = await tx
    .insert(jobs)
    .values({ ...values, organizationId })
    .returning();
  if (!job) throw new Error("job insert returned no row");
  return job;
}

/** Inserts the stages in this order (positions 0, 1, ...) and returns their ids and kinds. */
export async function insertStages(tx: Executor, organizationId: string, jobId: string, stages: readonly { name: string; kind: StageKind }[]) {
  return tx
    .insert(jobStages)
    .values(stages.map((stage, position) => ({ ...stage, position, organizationId, jobId })))
    .returning({ id: jobStages.id, kind: jobStages.kind });
}

/** Writes the job if its version is still `version`, bumping it; null when someone else saved first. */
export async function updateJobIfVersion(
  tx: Executor,
  organizationId: string,
  jobId: string,
  version: number,
  values: JobColumns & { status: JobStatus; publishedAt: Date | null },
): Promise<Job | null> {
  const [job] = await tx
    .update(jobs)
    .set({ ...values, version: sql`${jobs.version} + 1` })
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, organizationId), eq(jobs.version, version)))
    .returning();
  return job ?? null;
}
