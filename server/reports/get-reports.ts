import "server-only";
import {
  countBySource,
  countFunnel,
  countInterviewerScorecards,
  countOffers,
  countStaleApplications,
  listReportChoices,
  measureTimeInStage,
  measureTimeToHire,
} from "@/db/queries/reports";
import type { Viewer } from "@/lib/auth/viewer";
import {
  funnelGroupsTable,
  funnelTable,
  interviewersTable,
  offersTable,
  sourcesTable,
  staleTable,
  timeInStageTable,
  timeToHireTable,
  type ReportTable,
  type ReportTableId,
} from "@/lib/reports/tables";
import { parseReportView, type ReportView } from "@/lib/validation/reports";
import { readReports, reportScope } from "./report-scope";
import type { Executor } from "@/db/client";
import type { JobScope } from "@/lib/permissions";

const noneReached = { applied: 0, screen: 0, interview: 0, offer: 0, hired: 0 };

/** One report table, for the page or its CSV export; null for a table the view does not have (a funnel by nothing). */
export async function getReportTable(viewer: Viewer, view: ReportView, id: ReportTableId, now = new Date()): Promise<ReportTable | null> {
  const scope = reportScope(viewer);
  return readReports((executor) => readTable(executor, scope, view, id, now));
}

async function readTable(executor: Executor, scope: JobScope, view: ReportView, id: ReportTableId, now: Date): Promise<ReportTable | null> {
  switch (id) {
    case "funnel": {
      const [total] = await countFunnel(executor, scope, view, "none");
      return funnelTable(total ?? noneReached);
    }
    case "funnel-groups":
      return view.groupBy === "none" ? null : funnelGroupsTable(view.groupBy, await countFunnel(executor, scope, view, view.groupBy));
    case "time-to-hire":
      return timeToHireTable(await measureTimeToHire(executor, scope, view));
    case "time-in-stage":
      return timeInStageTable(await measureTimeInStage(executor, scope, view));
    case "stale":
      return staleTable(view.staleDays, await countStaleApplications(executor, scope, view, view.staleDays, now));
    case "sources":
      return sourcesTable(view.sourceBy, await countBySource(executor, scope, view, view.sourceBy));
    case "interviewers":
      return interviewersTable(await countInterviewerScorecards(executor, scope, view));
    case "offers":
      return offersTable(await countOffers(executor, scope, view));
  }
}

/** Every table of the reports page, in its order, and the filter form's choices (the member's jobs, departments, sources). */
export async function getReports(viewer: Viewer, view: ReportView, now = new Date()) {
  const scope = reportScope(viewer);
  const ids: ReportTableId[] = ["funnel", "funnel-groups", "time-to-hire", "time-in-stage", "stale", "sources", "interviewers", "offers"];
  // One after another in one transaction: the database works on one report at a time instead of eight competing for two cores.
  return readReports(async (executor) => {
    const tables: ReportTable[] = [];
    for (const id of ids) {
      const table = await readTable(executor, scope, view, id, now);
      if (table) tables.push(table);
    }
    return { tables, choices: await listReportChoices(executor, scope) };
  });
}

/** The Hiring page's charts: the funnel and time in stage of the member's jobs (their team's, for a hiring manager), all time. */
export async function getHiringCharts(viewer: Viewer): Promise<ReportTable[]> {
  const scope = reportScope(viewer);
  const view = parseReportView({});
  return readReports(async (executor) => [
    (await readTable(executor, scope, view, "funnel", new Date()))!,
    (await readTable(executor, scope, view, "time-in-stage", new Date()))!,
  ]);
}
