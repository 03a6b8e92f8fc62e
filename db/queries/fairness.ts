import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { fairnessReach } from "../schema";
import type { ReachedRow } from "./reports";
import { inJobScope, type JobScope } from "./visibility";

// The fairness report's SQL: the only read of self-identification answers, as counts.

export type SelfIdColumn = "gender" | "ethnicity" | "veteran_status" | "disability" | "intersection";

export type JobReachedRow = ReachedRow & { jobId: string; department: string | null; column: SelfIdColumn };

/**
 * The fairness report's only read of self-identification: per job and answer to each of the given
 * questions, how many of the year's applications (UTC) reached each kind of stage (one scan, grouping
 * sets). Counts only: no answer ever leaves with an application. Per job, so that one suppression plan can
 * cover every job, department and the organisation at once. It reads the fairness report's rollup
 * (db/schema/reports.ts), which holds each application's furthest rank and answers as the funnel counts
 * them, kept by triggers in the transaction of every change.
 */
export async function countReachBySelfIdentification(executor: Executor, scope: JobScope, year: number, columns: readonly SelfIdColumn[]): Promise<JobReachedRow[]> {
  const selfIdKeys: Record<SelfIdColumn, SQL> = {
    gender: sql`fairness_reach.gender`,
    ethnicity: sql`fairness_reach.ethnicity`,
    veteran_status: sql`fairness_reach.veteran_status`,
    disability: sql`fairness_reach.disability`,
    intersection: sql`fairness_reach.gender || '|' || fairness_reach.ethnicity`,
  };
  const sets = columns.map((column) => sql`(fairness_reach.job_id, ${selfIdKeys[column]})`);
  const cases = (then: (column: SelfIdColumn) => SQL | string) => sql.join(columns.map((column) => sql`when grouping(${selfIdKeys[column]}) = 0 then ${then(column)}`), sql` `);
  const which = cases((column) => column);
  const key = cases((column) => selfIdKeys[column]);
  const inScope = inJobScope(scope, fairnessReach.jobId);
  const { rows } = await executor.execute<JobReachedRow>(sql`select fairness_reach.job_id as "jobId", min(jobs.department) as department,
      case ${which} end as "column", case ${key} end as key, '' as label,
      count(*)::int as applied,
      count(*) filter (where furthest_rank >= 2)::int as screen,
      count(*) filter (where furthest_rank >= 3)::int as interview,
      count(*) filter (where furthest_rank >= 4)::int as offer,
      count(*) filter (where furthest_rank >= 5)::int as hired
    from fairness_reach join jobs on jobs.id = fairness_reach.job_id
    where fairness_reach.organization_id = ${scope.organizationId} and fairness_reach.year = ${year} ${inScope ? sql`and ${inScope}` : sql``}
    group by grouping sets (${sql.join(sets, sql`, `)}) order by 1, 3, 4`);
  return rows;
}
