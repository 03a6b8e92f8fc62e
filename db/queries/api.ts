import "server-only";
import { and, asc, eq, gt, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../client";
import { applications, candidates, files, jobStages, jobs } from "../schema";

// The REST API's reads (/api/v1): the organisation in every WHERE, lists in a stable order (updated_at,
// id) so a client can page with a cursor and sync with `updated_after` without missing a row.

export type ListPage = { limit: number; after?: { updatedAt: string; id: string }; updatedAfter?: string };

function pageWhere(table: { updatedAt: PgColumn; id: PgColumn }, page: ListPage): SQL | undefined {
  return and(
    page.after ? or(gt(table.updatedAt, sql`${page.after.updatedAt}::timestamptz`), and(eq(table.updatedAt, sql`${page.after.updatedAt}::timestamptz`), gt(table.id, page.after.id))) : undefined,
    page.updatedAfter ? gt(table.updatedAt, sql`${page.updatedAfter}::timestamptz`) : undefined,
  );
}

/** updated_at to the microsecond, as the cursor must carry it (a JS Date keeps only milliseconds). */
const exactUpdatedAt = (column: PgColumn) => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

const jobColumns = {
  id: jobs.id,
  title: jobs.title,
  department: jobs.department,
  location: jobs.location,
  status: jobs.status,
  workplaceType: jobs.workplaceType,
  employmentType: jobs.employmentType,
  createdAt: jobs.createdAt,
  updatedAt: jobs.updatedAt,
  cursorAt: exactUpdatedAt(jobs.updatedAt),
};

export async function listApiJobs(executor: Executor, organizationId: string, page: ListPage) {
  return executor
    .select(jobColumns)
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), pageWhere(jobs, page)))
    .orderBy(asc(jobs.updatedAt), asc(jobs.id))
    .limit(page.limit + 1);
}

export async function findApiJob(executor: Executor, organizationId: string, jobId: string) {
  const [job] = await executor.select(jobColumns).from(jobs).where(and(eq(jobs.organizationId, organizationId), eq(jobs.id, jobId)));
  if (!job) return null;
  const stages = await executor
    .select({ id: jobStages.id, name: jobStages.name, kind: jobStages.kind, position: jobStages.position })
    .from(jobStages)
    .where(and(eq(jobStages.organizationId, organizationId), eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position));
  return { ...job, stages };
}

const candidateColumns = {
  id: candidates.id,
  name: candidates.name,
  email: candidates.email,
  phone: candidates.phone,
  location: candidates.location,
  createdAt: candidates.createdAt,
  updatedAt: candidates.updatedAt,
  cursorAt: exactUpdatedAt(candidates.updatedAt),
};

/** Candidates who are still someone: not merged into another record, not erased. */
const liveCandidate = and(isNull(candidates.mergedIntoId), isNull(candidates.anonymizedAt));

export async function listApiCandidates(executor: Executor, organizationId: string, page: ListPage) {
  return executor
    .select(candidateColumns)
    .from(candidates)
    .where(and(eq(candidates.organizationId, organizationId), liveCandidate, pageWhere(candidates, page)))
    .orderBy(asc(candidates.updatedAt), asc(candidates.id))
    .limit(page.limit + 1);
}

export async function findApiCandidate(executor: Executor, organizationId: string, candidateId: string) {
  const [candidate] = await executor
    .select(candidateColumns)
    .from(candidates)
    .where(and(eq(candidates.organizationId, organizationId), eq(candidates.id, candidateId), liveCandidate));
  return candidate ?? null;
}

const applicationColumns = {
  id: applications.id,
  jobId: applications.jobId,
  candidateId: applications.candidateId,
  stageId: applications.stageId,
  status: applications.status,
  version: applications.version,
  rejectionReason: applications.rejectionReason,
  source: applications.source,
  stageEnteredAt: applications.stageEnteredAt,
  createdAt: applications.createdAt,
  updatedAt: applications.updatedAt,
  cursorAt: exactUpdatedAt(applications.updatedAt),
};

export async function listApiApplications(executor: Executor, organizationId: string, page: ListPage & { jobId?: string }) {
  return executor
    .select(applicationColumns)
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), page.jobId ? eq(applications.jobId, page.jobId) : undefined, pageWhere(applications, page)))
    .orderBy(asc(applications.updatedAt), asc(applications.id))
    .limit(page.limit + 1);
}

export async function findApiApplication(executor: Executor, organizationId: string, applicationId: string) {
  const [application] = await executor
    .select(applicationColumns)
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.id, applicationId)));
  return application ?? null;
}

export async function listApiAttachments(executor: Executor, organizationId: string, applicationId: string) {
  return executor
    .select({ id: files.id, kind: files.kind, name: files.originalName, mediaType: files.mediaType, sizeBytes: files.sizeBytes, createdAt: files.createdAt })
    .from(files)
    .where(and(eq(files.organizationId, organizationId), eq(files.applicationId, applicationId), ne(files.kind, "logo")))
    .orderBy(asc(files.createdAt), asc(files.id))
    .limit(100);
}
