import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { hasReportFilters, type FunnelGrouping, type ReportFilters, type SourceDimension } from "@/lib/validation/reports";
import { FEEDBACK_DUE_HOURS } from "./hiring";
import type { Executor } from "../client";
import { applications, jobs } from "../schema";
import { inJobScope, type JobScope } from "./visibility";

// The reports' SQL. Every query aggregates in the database and returns counts and durations, never an
// applicant's row. Each starts from the applications in the caller's job scope that match the filters
// (`matching`), and most from how far each got (`reach`): the furthest kind of stage it ever entered,
// by its events (the application_reach rollup, db/schema/reports.ts) and its current stage, so an
// applicant moved past a stage still counts as passing it.

/**
 * Run first in the use case's read transaction: each report is one aggregate over up to every application
 * of the organisation, which Postgres's JIT compiler would spend longer compiling than the query takes to
 * run (600 ms against 260 ms for the funnel on 100,000 applications, bench/reports.mjs).
 */
export async function prepareReportTransaction(executor: Executor): Promise<void> {
  await executor.execute(sql`set local jit = off`);
}

/** Stage kinds by rank: applied 1 … hired 5 (the funnel's order, lib/enums' stageKinds). */
const rankOf = (kind: SQL) => sql`array_position(array['applied','screen','interview','offer','hired']::stage_kind[], ${kind})`;

/** The WHERE of the applications a report counts: organisation, the caller's jobs, the filters. */
function matching(scope: JobScope, filters: ReportFilters): SQL {
  const conditions: SQL[] = [sql`applications.organization_id = ${scope.organizationId}`];
  const inScope = inJobScope(scope, applications.jobId);
  if (inScope) conditions.push(inScope);
  if (filters.job) conditions.push(sql`applications.job_id = ${filters.job}`);
  if (filters.department) conditions.push(sql`jobs.department = ${filters.department}`);
  if (filters.source) conditions.push(sql`applications.source = ${filters.source}`);
  if (filters.from) conditions.push(sql`applications.created_at >= ${filters.from}::date::timestamp at time zone 'UTC'`);
  if (filters.to) conditions.push(sql`applications.created_at < (${filters.to}::date + 1)::timestamp at time zone 'UTC'`);
  return sql.join(conditions, sql` and `);
}

/** One row per matching application with its job and `furthest`, the rank of the furthest stage reached. */
function reach(scope: JobScope, filters: ReportFilters): SQL {
  return sql`reach as (
    select applications.id, applications.job_id, applications.source, applications.source_details, applications.status,
      applications.created_at, jobs.title as job_title, jobs.department,
      greatest(
        case when applications.status = 'hired' then 5 else 1 end,
        ${rankOf(sql`current_stage.kind`)},
        coalesce(application_reach.furthest_rank, 1)
      ) as furthest
    from applications
    join jobs on jobs.id = applications.job_id
    join job_stages current_stage on current_stage.id = applications.stage_id
    left join application_reach on application_reach.application_id = applications.id
    where ${matching(scope, filters)}
  )`;
}

const reachedColumns = sql`count(*)::int as applied,
  count(*) filter (where furthest >= 2)::int as screen,
  count(*) filter (where furthest >= 3)::int as interview,
  count(*) filter (where furthest >= 4)::int as offer,
  count(*) filter (where furthest >= 5)::int as hired`;

export type ReachedRow = { key: string; label: string; applied: number; screen: number; interview: number; offer: number; hired: number };

const groupings: Record<FunnelGrouping, { key: SQL; label: SQL }> = {
  none: { key: sql`'all'`, label: sql`'All applications'` },
  job: { key: sql`job_id::text`, label: sql`min(job_title)` },
  department: { key: sql`coalesce(department, '')`, label: sql`coalesce(department, 'No department')` },
  source: { key: sql`coalesce(source, '')`, label: sql`coalesce(source, 'No source')` },
  month: { key: sql`to_char(created_at at time zone 'UTC', 'YYYY-MM')`, label: sql`to_char(created_at at time zone 'UTC', 'YYYY-MM')` },
};

/** How many applications reached each kind of stage, per group (one row for "none"). */
export async function countFunnel(executor: Executor, scope: JobScope, filters: ReportFilters, groupBy: FunnelGrouping): Promise<ReachedRow[]> {
  const { key, label } = groupings[groupBy];
  const labelExpression = groupBy === "job" ? label : sql`min(${label})`;
  const order = groupBy === "month" ? sql`key` : sql`applied desc, key`;
  const { rows } = await executor.execute<ReachedRow>(sql`with ${reach(scope, filters)}
    select ${key} as key, ${labelExpression} as label, ${reachedColumns}
    from reach group by 1 order by ${order}`);
  return rows;
}

const sourceKeys: Record<SourceDimension, SQL> = {
  source: sql`source`,
  utm_source: sql`source_details #>> '{utm,source}'`,
  utm_medium: sql`source_details #>> '{utm,medium}'`,
  utm_campaign: sql`source_details #>> '{utm,campaign}'`,
  referrer: sql`substring(source_details ->> 'referrer' from '^https?://([^/:]+)')`,
};

/** Applications, interviews, offers and hires per source (by the stored source, a UTM tag or the referring site). */
export async function countBySource(executor: Executor, scope: JobScope, filters: ReportFilters, dimension: SourceDimension): Promise<ReachedRow[]> {
  const { rows } = await executor.execute<ReachedRow>(sql`with ${reach(scope, filters)}
    select coalesce(${sourceKeys[dimension]}, '') as key, coalesce(${sourceKeys[dimension]}, '') as label, ${reachedColumns}
    from reach group by 1 order by applied desc, key`);
  return rows;
}

/** A rollup over no rows still returns its grand total (of 0): no rows at all, so the page says there is nothing. */
function withoutEmptyTotal<T>(rows: T[], count: (row: T) => number): T[] {
  return rows.length === 1 && count(rows[0]!) === 0 ? [] : rows;
}

export type DurationRow = { key: string; label: string; count: number; median: number | null; p75: number | null };
export type HireSpeedRow = { key: string; label: string; hires: number; hireMedian: number | null; hireP75: number | null; fillMedian: number | null; fillP75: number | null };

/**
 * Time to hire (application to its first `hired` event) and time to fill (the job's publication, or
 * creation, to that hire), in days, median and 75th percentile: per job, and "all" over every hire.
 */
export async function measureTimeToHire(executor: Executor, scope: JobScope, filters: ReportFilters): Promise<HireSpeedRow[]> {
  const { rows } = await executor.execute<HireSpeedRow>(sql`with hires as (
      select applications.job_id, jobs.title, jobs.department,
        extract(epoch from (hired.at - applications.created_at)) / 86400 as to_hire,
        extract(epoch from (hired.at - coalesce(jobs.published_at, jobs.created_at))) / 86400 as to_fill
      from applications
      join jobs on jobs.id = applications.job_id
      join (select events.application_id, min(events.created_at) as at from application_events events
        where events.organization_id = ${scope.organizationId} and events.type = 'hired' group by 1) hired on hired.application_id = applications.id
      where ${matching(scope, filters)}
    )
    select case when grouping(job_id) = 1 then 'all' else job_id::text end as key,
      case when grouping(job_id) = 1 then 'All jobs' else min(title) end as label,
      count(*)::int as hires,
      percentile_cont(0.5) within group (order by to_hire) as "hireMedian",
      percentile_cont(0.75) within group (order by to_hire) as "hireP75",
      percentile_cont(0.5) within group (order by to_fill) as "fillMedian",
      percentile_cont(0.75) within group (order by to_fill) as "fillP75"
    from hires group by rollup (job_id) order by grouping(job_id) desc, min(title)`);
  return withoutEmptyTotal(rows, (row) => row.hires);
}

/**
 * Days spent in each kind of stage: from entering a stage to the next stage entered, for stays that have
 * ended (a stage still occupied has no length yet). The stays are the application_stage_stays rollup
 * (db/schema/reports.ts), which a trigger keeps from the events. A report on every application of the
 * organisation (no job scope, no filter) reads the stays alone: joining them to 100,000 applications
 * only to keep them all doubled its time (bench/reports.mjs).
 */
export async function measureTimeInStage(executor: Executor, scope: JobScope, filters: ReportFilters): Promise<DurationRow[]> {
  const wholeOrganisation = scope.jobs === "all" && !hasReportFilters(filters);
  const ofMatching = wholeOrganisation
    ? sql``
    : sql`and stays.application_id in (select applications.id from applications join jobs on jobs.id = applications.job_id where ${matching(scope, filters)})`;
  const { rows } = await executor.execute<DurationRow>(sql`with stays as (
      select stage.kind, extract(epoch from (stays.left_at - stays.entered_at)) / 86400 as days
      from application_stage_stays stays
      join job_stages stage on stage.id = stays.stage_id
      where stays.organization_id = ${scope.organizationId} and stays.left_at is not null ${ofMatching}
    )
    select kind::text as key, kind::text as label, count(*)::int as count,
      percentile_cont(0.5) within group (order by days) as median,
      percentile_cont(0.75) within group (order by days) as p75
    from stays
    group by kind order by ${rankOf(sql`kind`)}`);
  return rows;
}

export type StaleRow = { jobId: string; jobTitle: string; recruiters: string | null; stale: number; oldestDays: number };

/** Active applications not moved for `days` days or more, per job, with the job's recruiters. */
export async function countStaleApplications(executor: Executor, scope: JobScope, filters: ReportFilters, days: number, now: Date): Promise<StaleRow[]> {
  const { rows } = await executor.execute<StaleRow>(sql`select applications.job_id as "jobId", min(jobs.title) as "jobTitle",
      (select string_agg(users.name, ', ' order by users.name) from job_members
        join users on users.id = job_members.user_id
        where job_members.job_id = applications.job_id and job_members.role = 'recruiter') as recruiters,
      count(*)::int as stale,
      floor(max(extract(epoch from (${now}::timestamptz - applications.stage_entered_at)) / 86400))::int as "oldestDays"
    from applications
    join jobs on jobs.id = applications.job_id
    where ${matching(scope, filters)} and applications.status = 'active'
      and applications.stage_entered_at <= ${now}::timestamptz - make_interval(days => ${days})
    group by applications.job_id order by stale desc, "jobTitle"`);
  return rows;
}

export type InterviewerRow = {
  userId: string;
  name: string;
  submitted: number;
  late: number;
  medianHoursAfter: number | null;
  strongNo: number;
  no: number;
  yes: number;
  strongYes: number;
  decided: number;
  matched: number;
};

/**
 * Per interviewer: scorecards submitted, how many after the feedback was due and the median hours after
 * the interview, the recommendation spread, and how often the recommendation matched the outcome
 * (yes or strong yes for a hire, no or strong no for a rejection) among decided applications.
 */
export async function countInterviewerScorecards(executor: Executor, scope: JobScope, filters: ReportFilters): Promise<InterviewerRow[]> {
  const { rows } = await executor.execute<InterviewerRow>(sql`select users.id as "userId", min(users.name) as name,
      count(*)::int as submitted,
      count(*) filter (where scorecards.submitted_at > interviews.ends_at + make_interval(hours => ${FEEDBACK_DUE_HOURS}))::int as late,
      percentile_cont(0.5) within group (order by extract(epoch from (scorecards.submitted_at - interviews.ends_at)) / 3600) as "medianHoursAfter",
      count(*) filter (where scorecards.overall = 'strong_no')::int as "strongNo",
      count(*) filter (where scorecards.overall = 'no')::int as no,
      count(*) filter (where scorecards.overall = 'yes')::int as yes,
      count(*) filter (where scorecards.overall = 'strong_yes')::int as "strongYes",
      count(*) filter (where applications.status in ('hired', 'rejected') and scorecards.overall is not null)::int as decided,
      count(*) filter (where (applications.status = 'hired' and scorecards.overall in ('yes', 'strong_yes'))
        or (applications.status = 'rejected' and scorecards.overall in ('no', 'strong_no')))::int as matched
    from scorecards
    join interviews on interviews.id = scorecards.interview_id
    join applications on applications.id = scorecards.application_id
    join jobs on jobs.id = applications.job_id
    join users on users.id = scorecards.author_user_id
    where ${matching(scope, filters)} and scorecards.status = 'submitted'
    group by users.id order by submitted desc, name`);
  return rows;
}

export type OfferRow = { key: string; label: string; drafted: number; submitted: number; rejectedByApprover: number; sent: number; accepted: number; declined: number };

/**
 * The offers (lib/enums' offerStatuses) of the matching applications, per job and "all": drafted (every
 * offer), sent for approval, declined by an approver, sent to the candidate (an offer is sent in the
 * transaction of its last approval, so "approved" and "sent" are one count), accepted and declined by the
 * candidate. A superseded offer keeps what it got to: it was sent for approval if it holds the chain it
 * was sent with or was sent (a draft holds neither). One scan of the applications, each joined to its
 * offers by offers_application_idx.
 */
export async function countOffers(executor: Executor, scope: JobScope, filters: ReportFilters): Promise<OfferRow[]> {
  const { rows } = await executor.execute<OfferRow>(sql`select
      case when grouping(applications.job_id) = 1 then 'all' else applications.job_id::text end as key,
      case when grouping(applications.job_id) = 1 then 'All jobs' else min(jobs.title) end as label,
      count(*)::int as drafted,
      count(*) filter (where offers.status not in ('draft', 'superseded') or jsonb_array_length(offers.approvers) > 0 or offers.sent_at is not null)::int as submitted,
      count(*) filter (where offers.status = 'rejected_by_approver')::int as "rejectedByApprover",
      count(*) filter (where offers.sent_at is not null)::int as sent,
      count(*) filter (where offers.status = 'accepted')::int as accepted,
      count(*) filter (where offers.status = 'declined')::int as declined
    from applications
    join jobs on jobs.id = applications.job_id
    join offers on offers.application_id = applications.id and offers.organization_id = ${scope.organizationId}
    where ${matching(scope, filters)}
    group by rollup (applications.job_id) order by grouping(applications.job_id) desc, min(jobs.title)`);
  return withoutEmptyTotal(rows, (row) => row.drafted);
}

/** The member's jobs, and the departments and sources of their applications, for the filter form's choices. */
export async function listReportChoices(executor: Executor, scope: JobScope) {
  const where = matching(scope, {});
  // One after another: the executor is usually the use case's transaction, a single connection.
  const jobList = await executor.execute<{ id: string; title: string }>(sql`select jobs.id, jobs.title from jobs
    where jobs.organization_id = ${scope.organizationId} and ${inJobScope(scope, jobs.id) ?? sql`true`}
    order by jobs.title`);
  const departments = await executor.execute<{ value: string }>(sql`select distinct jobs.department as value from applications
    join jobs on jobs.id = applications.job_id
    where ${where} and jobs.department is not null order by 1`);
  const sources = await executor.execute<{ value: string }>(sql`select distinct applications.source as value from applications
    join jobs on jobs.id = applications.job_id
    where ${where} and applications.source is not null order by 1 limit 200`);
  return { jobs: jobList.rows, departments: departments.rows.map((r) => r.value), sources: sources.rows.map((r) => r.value) };
}

/** The calendar year (UTC) of the organisation's first application in the member's jobs, or null. */
export async function firstApplicationYear(executor: Executor, scope: JobScope): Promise<number | null> {
  const { rows } = await executor.execute<{ year: number | null }>(sql`select extract(year from min(applications.created_at) at time zone 'UTC')::int as year
    from applications join jobs on jobs.id = applications.job_id where ${matching(scope, {})}`);
  return rows[0]?.year ?? null;
}
