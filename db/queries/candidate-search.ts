import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { lexemesOf, resumeExcerpt, type SearchTerms } from "@/lib/candidates/search-terms";
import type { CandidateExportRow } from "@/lib/candidates/csv-export";
import type { CandidateSearch } from "@/lib/validation/candidate-search";
import { db, type Executor } from "../client";
import { jobs, type ApplicationStatus } from "../schema";
import { inJobScope, type JobScope } from "./visibility";

/** A job scope that also says whether anonymised review hides candidates from the reader (lib/review/identity.ts). */
export type CandidateScope = JobScope & { hidesAnonymised: boolean };

export const CANDIDATE_SEARCH_PAGE_SIZE = 25;
/** Listing without text: counting stops here ("10,000+"); an exact count would cost more than the page. */
export const CANDIDATE_LIST_COUNT_CAP = 10_000;
/**
 * Resume matches taken per search. A common word ("experience") is in most resumes; reading every one
 * would take seconds, so a search takes this many (after scope and filters) and says there are more.
 */
export const RESUME_MATCH_CAP = 500;
/** Contact-detail matches per kind (full text, misspelt name, phone digits); in practice far fewer. */
const CONTACT_MATCH_CAP = 1_000;

// The expressions below are the ones migration 0003 indexed; written any other way, Postgres can't use the indexes.
const CONTACT_TSVECTOR = sql.raw(`to_tsvector('simple', c.name || ' ' || c.email || ' ' || coalesce(c.phone, ''))`);
const RESUME_TSVECTOR = sql.raw(`to_tsvector('english', coalesce(f.extracted_text, ''))`);
const PHONE_DIGITS = sql.raw(`regexp_replace(c.phone, '[^0-9]', '', 'g')`);

type Aliases = { a: string; j: string; st: string };
const MAIN: Aliases = { a: "a", j: "j", st: "st" };

const applicationJoins = ({ a, j, st }: Aliases) =>
  sql.raw(`applications ${a} join jobs ${j} on ${j}.id = ${a}.job_id join job_stages ${st} on ${st}.id = ${a}.stage_id`);

/**
 * The applications (aliases a, its job j and stage st) through which the reader may see a candidate:
 * in the organisation, on the scope's team, matching the filters, and, when the scope hides anonymised
 * candidates, not hiding the candidate's identity (the SQL form of lib/review/identity.ts hidesIdentity).
 * Checking the identity on the same application that matches the filters means a search can never tie a
 * name to an anonymised application.
 */
function visibleApplication(scope: CandidateScope, search: Omit<CandidateSearch, "page">, aliases: Aliases = MAIN): SQL {
  const [a, j, st] = [sql.raw(aliases.a), sql.raw(aliases.j), sql.raw(aliases.st)];
  const conditions: SQL[] = [sql`${a}.organization_id = ${scope.organizationId}`];
  if (scope.jobs === "none") conditions.push(sql`false`);
  if (scope.jobs === "team") conditions.push(sql`exists (select 1 from job_members m where m.job_id = ${a}.job_id and m.user_id = ${scope.userId})`);
  if (scope.hidesAnonymised) {
    conditions.push(sql`(not ${j}.anonymized_review or ${a}.identity_revealed_at is not null or ${st}.kind in ('offer', 'hired'))`);
  }
  if (search.job) conditions.push(sql`${a}.job_id = ${search.job}`);
  if (search.stage) conditions.push(sql`${st}.kind = ${search.stage}`);
  if (search.status) conditions.push(sql`${a}.status = ${search.status}`);
  if (search.from) conditions.push(sql`${a}.created_at >= ${`${search.from}T00:00:00Z`}::timestamptz`);
  if (search.to) conditions.push(sql`${a}.created_at < ${`${search.to}T00:00:00Z`}::timestamptz + interval '1 day'`);
  return sql.join(conditions, sql` and `);
}

/** Files of applications the reader can't see are neither searched nor quoted for them. */
function fileVisibleTo(scope: CandidateScope): SQL {
  if (scope.jobs === "all" && !scope.hidesAnonymised) return sql`true`;
  return sql`(f.application_id is null or exists (select 1 from ${applicationJoins(MAIN)} where a.id = f.application_id and ${visibleApplication(scope, {})}))`;
}

/**
 * Every candidate the text matches, scored: a contact-detail match (3) above a misspelt name (1 + its word
 * similarity, pg_trgm's <% at its default 0.6) above a resume match alone (0.5). Each kind of match is its own index scan (a union, not one
 * OR, so each index's recheck evaluates only its own condition). Resume matches are capped.
 */
function textMatches(scope: CandidateScope, search: CandidateSearch, terms: SearchTerms): SQL {
  const contactQuery = sql`to_tsquery('simple', ${terms.contactQuery})`;
  const resumeQuery = sql`websearch_to_tsquery('english', ${terms.text})`;
  const org = scope.organizationId;
  const phoneArm = terms.phoneDigits
    ? sql`union (select c.id from candidates c where c.organization_id = ${org} and ${PHONE_DIGITS} = ${terms.phoneDigits} limit ${CONTACT_MATCH_CAP})`
    : sql``;
  const contactArm = terms.contactQuery
    ? sql`(select c.id from candidates c where c.organization_id = ${org} and ${CONTACT_TSVECTOR} @@ ${contactQuery} limit ${CONTACT_MATCH_CAP}) union`
    : sql``;
  const latestApplied = (candidateId: SQL) =>
    sql`(select max(a.created_at) from ${applicationJoins(MAIN)} where a.candidate_id = ${candidateId} and ${visibleApplication(scope, search)})`;
  return sql`
    with contact_ids as (
      ${contactArm}
      (select c.id from candidates c where c.organization_id = ${org} and ${terms.lowered} <% lower(c.name) limit ${CONTACT_MATCH_CAP})
      ${phoneArm}
    ), contact as (
      select c.id,
        case when ${terms.contactQuery ? sql`${CONTACT_TSVECTOR} @@ ${contactQuery}` : sql`false`} then 3 else 0 end
          + case when ${PHONE_DIGITS} = ${terms.phoneDigits} then 3 else 0 end
          + case when ${terms.lowered} <% lower(c.name) then 1 + word_similarity(${terms.lowered}, lower(c.name)) else 0 end as score,
        ${latestApplied(sql`c.id`)} as applied_at
      from contact_ids join candidates c on c.id = contact_ids.id
      where c.merged_into_id is null and c.anonymized_at is null
    ), resume_files as (
      -- Merged and deleted candidates have no files left, so no candidate row is needed here.
      select id, applied_at from (
        select f.candidate_id as id, ${latestApplied(sql`f.candidate_id`)} as applied_at
        from files f
        where f.organization_id = ${org} and f.candidate_id is not null and ${RESUME_TSVECTOR} @@ ${resumeQuery} and ${fileVisibleTo(scope)}
      ) visible
      where applied_at is not null
      limit ${RESUME_MATCH_CAP}
    )
    select id, sum(score) as score, max(applied_at) as applied_at, (select count(*) from resume_files)::int >= ${RESUME_MATCH_CAP} as capped
    from (
      select id, score, applied_at from contact where applied_at is not null
      union all
      select id, 0.5, applied_at from resume_files
    ) m
    group by id`;
}

/**
 * Without text: the newest visible application of each candidate, newest first, found by walking the
 * applications by date and skipping any candidate with a newer one, so a page reads a page's worth of rows.
 * Merged candidates have no applications left, so they never show.
 */
function newestApplications(scope: CandidateScope, search: CandidateSearch): SQL {
  const b: Aliases = { a: "b", j: "bj", st: "bst" };
  return sql`
    select a.candidate_id as id, a.created_at as applied_at
    from ${applicationJoins(MAIN)}
    where ${visibleApplication(scope, search)}
      and not exists (
        select 1 from ${applicationJoins(b)}
        where b.candidate_id = a.candidate_id and (b.created_at, b.id) > (a.created_at, a.id) and ${visibleApplication(scope, search, b)})`;
}

export type PageRow = { id: string; applied_at: Date | string };
export type MatchRow = PageRow & { score: string | number; capped: boolean };

export type CandidateSearchRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  /** Deleted at the candidate's request: only shown in lists without a text search. */
  anonymized: boolean;
  lastAppliedAt: Date;
  applications: { id: string; jobTitle: string; stageName: string; status: ApplicationStatus }[];
  /** Why the candidate matched the text: which contact fields, and an excerpt of the resume with matches marked. */
  matchedOn: ("name" | "email" | "phone")[];
  resumeExcerpt: string | null;
};

/**
 * Without text: one page of candidates by their newest visible application, and how many there are
 * (counting stops past CANDIDATE_LIST_COUNT_CAP).
 */
export async function listNewestCandidates(executor: Executor, scope: CandidateScope, search: CandidateSearch, offset: number) {
  const listing = newestApplications(scope, search);
  const [page, counted] = await Promise.all([
    executor.execute<PageRow>(sql`${listing} order by a.created_at desc, a.id desc limit ${CANDIDATE_SEARCH_PAGE_SIZE} offset ${offset}`),
    executor.execute<{ total: number }>(sql`select count(*)::int as total from (${listing} limit ${CANDIDATE_LIST_COUNT_CAP + 1}) capped`),
  ]);
  return { rows: page.rows, total: Number(counted.rows[0]?.total ?? 0) };
}

/**
 * Every candidate the text matches, scored (see textMatches). Must run in a transaction: it switches off
 * sequential scans for that transaction only.
 */
export async function listTextMatches(tx: Executor, scope: CandidateScope, search: CandidateSearch, terms: SearchTerms): Promise<MatchRow[]> {
  // A capped resume match looks cheap to the planner as a sequential scan that stops early; it is not
  // (every row's text is parsed until enough match), so the text indexes must be used.
  await tx.execute(sql`select set_config('enable_seqscan', 'off', true)`);
  return (await tx.execute<MatchRow>(textMatches(scope, search, terms))).rows;
}

type DetailRow = {
  id: string;
  name: string;
  email: string;
  phone: string | null;
  location: string | null;
  anonymized: boolean;
  on_name: boolean | null;
  on_email: boolean | null;
  on_phone: boolean | null;
  lexemes: string | null;
  resume_text: string | null;
  applications: { id: string; jobTitle: string; stageName: string; status: ApplicationStatus }[];
};

/** Contact details, visible applications and the match reason, for one page of results only. */
export async function describeCandidates(executor: Executor, scope: CandidateScope, terms: SearchTerms | null, page: PageRow[]): Promise<CandidateSearchRow[]> {
  if (page.length === 0) return [];
  const ids = page.map((row) => row.id);
  // The applications listed are the visible ones, not only those matching the filters.
  const applied = visibleApplication(scope, {});
  const reason = terms
    ? sql`
      to_tsvector('simple', c.name) @@ to_tsquery('simple', ${terms.contactQuery}) or ${terms.lowered} <% lower(c.name) as on_name,
      to_tsvector('simple', c.email) @@ to_tsquery('simple', ${terms.contactQuery}) as on_email,
      to_tsvector('simple', coalesce(c.phone, '')) @@ to_tsquery('simple', ${terms.contactQuery})
        or ${PHONE_DIGITS} = ${terms.phoneDigits} as on_phone,
      websearch_to_tsquery('english', ${terms.text})::text as lexemes,
      (select f.extracted_text from files f
        where f.candidate_id = c.id and f.organization_id = c.organization_id and f.extracted_text is not null and ${fileVisibleTo(scope)}
        order by f.kind = 'resume' desc, f.created_at desc
        limit 1) as resume_text`
    : sql`null as on_name, null as on_email, null as on_phone, null as lexemes, null as resume_text`;
  const details = await executor.execute<DetailRow>(sql`
    select c.id, c.name, c.email, c.phone, c.location, c.anonymized_at is not null as anonymized, ${reason},
      coalesce((
        select json_agg(json_build_object('id', a.id, 'jobTitle', j.title, 'stageName', st.name, 'status', a.status)
          order by a.created_at desc)
        from ${applicationJoins(MAIN)} where a.candidate_id = c.id and ${applied}), '[]'::json) as applications
    from candidates c
    where c.organization_id = ${scope.organizationId}
      and c.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`);
  const byId = new Map(details.rows.map((row) => [row.id, row]));
  return page.flatMap((row) => {
    const detail = byId.get(row.id);
    if (!detail) return [];
    const matchedOn = (["name", "email", "phone"] as const).filter((field) => detail[`on_${field}`]);
    return [
      {
        id: detail.id,
        name: detail.name,
        email: detail.email,
        phone: detail.phone,
        location: detail.location,
        anonymized: detail.anonymized,
        lastAppliedAt: new Date(row.applied_at),
        applications: typeof detail.applications === "string" ? JSON.parse(detail.applications) : detail.applications,
        matchedOn,
        resumeExcerpt: detail.resume_text && detail.lexemes ? resumeExcerpt(detail.resume_text, lexemesOf(detail.lexemes)) : null,
      },
    ];
  });
}

/** Jobs the search can be filtered by: the jobs inside the scope, open ones first. */
export async function listSearchableJobs(scope: JobScope) {
  return db()
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(and(eq(jobs.organizationId, scope.organizationId), inJobScope(scope, jobs.id)))
    .orderBy(sql`case ${jobs.status} when 'open' then 0 when 'draft' then 1 else 2 end`, asc(jobs.title));
}

export type ExportCursor = { appliedAt: string; applicationId: string };

/**
 * Without text, for the CSV export: the next `limit` candidates by their newest visible application,
 * after `cursor` (keyset paging: every batch costs the same, however far the export has gone).
 */
export async function listNewestCandidatesAfter(executor: Executor, scope: CandidateScope, search: CandidateSearch, cursor: ExportCursor | null, limit: number) {
  const after = cursor ? sql`and (a.created_at, a.id) < (${cursor.appliedAt}::timestamptz, ${cursor.applicationId}::uuid)` : sql``;
  const result = await executor.execute<{ id: string; applied_at: string; application_id: string }>(sql`
    select * from (
      select a.candidate_id as id, a.created_at::text as applied_at, a.id as application_id
      from ${applicationJoins(MAIN)}
      where ${visibleApplication(scope, search)} ${after}
        and not exists (
          select 1 from ${applicationJoins({ a: "b", j: "bj", st: "bst" })}
          where b.candidate_id = a.candidate_id and (b.created_at, b.id) > (a.created_at, a.id) and ${visibleApplication(scope, search, { a: "b", j: "bj", st: "bst" })})
      order by a.created_at desc, a.id desc
      limit ${limit}
    ) page`);
  return result.rows;
}


/** For the CSV export: one row per visible application of these candidates (deleted candidates left out), in the order of `ids`. */
export async function listCandidateExportRows(executor: Executor, scope: CandidateScope, ids: string[]): Promise<CandidateExportRow[]> {
  if (ids.length === 0) return [];
  const result = await executor.execute<CandidateExportRow & { position: number }>(sql`
    select c.id as candidate_id, c.name, c.email, c.phone, c.location, j.title as job_title, st.name as stage_name, a.status, a.source,
      a.created_at as applied_at, ids.position
    from unnest(${`{${ids.join(",")}}`}::uuid[]) with ordinality as ids(id, position)
    join candidates c on c.id = ids.id and c.organization_id = ${scope.organizationId} and c.anonymized_at is null
    join ${applicationJoins(MAIN)} on a.candidate_id = c.id
    where ${visibleApplication(scope, {})}
    order by ids.position, a.created_at desc`);
  return result.rows;
}
