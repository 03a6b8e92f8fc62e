import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { applicationEvents, applications, candidates, jobStages, jobs, notes, type CandidateLink } from "../schema";

// Candidates who come in other than by applying: added by hand, imported from a CSV file, referred.

export type NewCandidateDetails = { name: string; email: string; phone?: string; location?: string; links: CandidateLink[] };

/** The organisation's active candidate with this email (case-insensitive), if any. */
export async function findCandidateByEmail(executor: Executor, organizationId: string, email: string) {
  const [row] = await executor
    .select({ id: candidates.id, name: candidates.name })
    .from(candidates)
    .where(
      and(
        eq(candidates.organizationId, organizationId),
        sql`lower(${candidates.email}) = lower(${email})`,
        isNull(candidates.mergedIntoId),
        isNull(candidates.anonymizedAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The stage a new application of the job starts in: `stageId` when it is a live stage of that job, else
 * (none given) the first live one. Null when the job is not the organisation's, is not open (or a draft, unless `openOnly`),
 * or has no such stage.
 */
export async function findStartingStage(
  executor: Executor,
  organizationId: string,
  jobId: string,
  { stageId, openOnly = false }: { stageId?: string; openOnly?: boolean } = {},
): Promise<string | null> {
  const [row] = await executor
    .select({ id: jobStages.id })
    .from(jobStages)
    .innerJoin(jobs, eq(jobs.id, jobStages.jobId))
    .where(
      and(
        eq(jobs.organizationId, organizationId),
        eq(jobs.id, jobId),
        inArray(jobs.status, openOnly ? ["open"] : ["open", "draft"]),
        isNull(jobStages.archivedAt),
        stageId ? eq(jobStages.id, stageId) : undefined,
      ),
    )
    .orderBy(asc(jobStages.position))
    .limit(1);
  return row?.id ?? null;
}

/** A new candidate record. Fails with 23505 when the organisation has one with this email. */
export async function insertCandidate(executor: Executor, organizationId: string, details: NewCandidateDetails, source: string): Promise<string> {
  const [row] = await executor
    .insert(candidates)
    .values({ organizationId, ...details, phone: details.phone ?? null, location: details.location ?? null, source })
    .returning({ id: candidates.id });
  return row!.id;
}

export async function insertNote(executor: Executor, values: { organizationId: string; candidateId: string; applicationId: string; authorUserId: string; body: string }) {
  await executor.insert(notes).values(values);
}

/** How many of these (lower-cased) emails belong to the organisation's candidates already. */
export async function countExistingEmails(executor: Executor, organizationId: string, emails: string[]): Promise<number> {
  if (emails.length === 0) return 0;
  const result = await executor.execute<{ n: number }>(sql`
    select count(*)::int as n from ${candidates}
    where organization_id = ${organizationId} and lower(email) in (select jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb))`);
  return Number(result.rows[0]?.n ?? 0);
}

export type ImportedCandidate = { id: string; created: boolean };

/**
 * Writes the rows as candidates in one statement: new emails become candidates with `source`; an email
 * the organisation has already is left as it is ("skip") or updated with the row's non-blank values
 * ("merge"). Returns the candidates written (created or merged), not the skipped ones.
 */
export async function upsertImportedCandidates(
  executor: Executor,
  organizationId: string,
  rows: NewCandidateDetails[],
  { duplicates, source }: { duplicates: "skip" | "merge"; source: string },
): Promise<ImportedCandidate[]> {
  if (rows.length === 0) return [];
  const onConflict =
    duplicates === "skip"
      ? sql`do nothing`
      : sql`do update set
          name = excluded.name,
          phone = coalesce(excluded.phone, ${candidates}.phone),
          location = coalesce(excluded.location, ${candidates}.location),
          links = case when excluded.links = '[]'::jsonb then ${candidates}.links else excluded.links end,
          updated_at = now()
        where ${candidates}.merged_into_id is null and ${candidates}.anonymized_at is null`;
  const result = await executor.execute<{ id: string; created: boolean }>(sql`
    insert into ${candidates} (organization_id, email, name, phone, location, links, source)
    select ${organizationId}::uuid, r.email, r.name, r.phone, r.location, coalesce(r.links, '[]'::jsonb), ${source}
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(email text, name text, phone text, location text, links jsonb)
    on conflict (organization_id, lower(email)) ${onConflict}
    returning id, (xmax = 0) as created`);
  return result.rows;
}

/** The organisation's active candidates (not merged away, not anonymised) with these emails, case-insensitive. */
export async function listActiveCandidateIdsByEmails(executor: Executor, organizationId: string, emails: string[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const result = await executor.execute<{ id: string }>(sql`
    select id from ${candidates}
    where organization_id = ${organizationId} and merged_into_id is null and anonymized_at is null
      -- One array, built once, probed through candidates_org_email_lower_idx: as "in (select ...)" the planner
      -- compared every candidate with every email: bench/csv-import.mjs took 28.5 s instead of 1.6 s.
      and lower(email) = any(array(select lower(value) from jsonb_array_elements_text(${JSON.stringify(emails)}::jsonb)))`);
  return result.rows.map((row) => row.id);
}

/**
 * Applications to one job for these candidates, in one stage, with their first events; a candidate
 * who already has an application for the job keeps it. Returns the applications added, with their candidates.
 */
export async function insertApplicationsToStage(
  executor: Executor,
  values: { organizationId: string; jobId: string; stageId: string; candidateIds: string[]; source: string; actorUserId: string },
): Promise<{ applicationId: string; candidateId: string }[]> {
  if (values.candidateIds.length === 0) return [];
  const result = await executor.execute<{ id: string; candidate_id: string }>(sql`
    with added as (
      insert into ${applications} (organization_id, job_id, candidate_id, stage_id, source)
      select ${values.organizationId}::uuid, ${values.jobId}::uuid, c.id, ${values.stageId}::uuid, ${values.source}
      from unnest(${`{${values.candidateIds.join(",")}}`}::uuid[]) as c(id)
      on conflict (job_id, candidate_id) do nothing
      returning id, stage_id, candidate_id
    ), events as (
      insert into ${applicationEvents} (organization_id, application_id, type, to_stage_id, actor_user_id, data)
      select ${values.organizationId}::uuid, added.id, 'added_to_job', added.stage_id, ${values.actorUserId}::uuid, ${JSON.stringify({ source: values.source })}::jsonb
      from added
    )
    select id, candidate_id from added`);
  return result.rows.map((row) => ({ applicationId: row.id, candidateId: row.candidate_id }));
}

/** The member's referrals in the organisation, newest first: who, for which job, and the stage they are in now. */
export async function listReferrals(executor: Executor, organizationId: string, userId: string) {
  return executor
    .select({ applicationId: applications.id, name: candidates.name, jobTitle: jobs.title, stageName: jobStages.name, referredAt: applications.createdAt })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.organizationId, organizationId), eq(applications.referrerUserId, userId), isNull(candidates.anonymizedAt)))
    .orderBy(sql`${applications.createdAt} desc`)
    .limit(500);
}

/** Jobs one can refer someone for: the organisation's open jobs. */
export async function listReferableJobs(executor: Executor, organizationId: string) {
  return executor
    .select({ id: jobs.id, title: jobs.title })
    .from(jobs)
    .where(and(eq(jobs.organizationId, organizationId), eq(jobs.status, "open")))
    .orderBy(asc(jobs.title));
}

/** Jobs a member can add candidates to (open and drafts), each with its live stages in pipeline order. */
export async function listJobsWithStages(executor: Executor, organizationId: string) {
  const rows = await executor
    .select({ jobId: jobs.id, title: jobs.title, stageId: jobStages.id, stageName: jobStages.name })
    .from(jobs)
    .innerJoin(jobStages, and(eq(jobStages.jobId, jobs.id), isNull(jobStages.archivedAt)))
    .where(and(eq(jobs.organizationId, organizationId), inArray(jobs.status, ["open", "draft"])))
    .orderBy(asc(jobs.title), asc(jobs.id), asc(jobStages.position));
  const byJob = new Map<string, { id: string; title: string; stages: { id: string; name: string }[] }>();
  for (const row of rows) {
    const job = byJob.get(row.jobId) ?? byJob.set(row.jobId, { id: row.jobId, title: row.title, stages: [] }).get(row.jobId)!;
    job.stages.push({ id: row.stageId, name: row.stageName });
  }
  return [...byJob.values()];
}

export type ProspectRow = { id: string; name: string; email: string; source: string | null; createdAt: Date };

/**
 * Candidates with no application (prospects added by hand or imported without a job), newest first, after
 * `before` (the last row of the previous page: keyset paging), whose name or email contains `q`.
 */
export async function listProspects(
  executor: Executor,
  organizationId: string,
  { q, before, limit }: { q?: string; before?: { createdAt: Date; id: string }; limit: number },
): Promise<ProspectRow[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const { rows } = await executor.execute<{ id: string; name: string; email: string; source: string | null; created_at: string }>(sql`
    select c.id, c.name, c.email, c.source, c.created_at from candidates c
    where c.organization_id = ${organizationId} and c.merged_into_id is null and c.anonymized_at is null
      and not exists (select 1 from applications a where a.candidate_id = c.id)
      and (${pattern}::text is null or c.name ilike ${pattern} or c.email ilike ${pattern})
      and (${before?.createdAt.toISOString() ?? null}::timestamptz is null or (c.created_at, c.id) < (${before?.createdAt.toISOString() ?? null}::timestamptz, ${before?.id ?? null}::uuid))
    order by c.created_at desc, c.id desc limit ${limit}`);
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, source: row.source, createdAt: new Date(row.created_at) }));
}
