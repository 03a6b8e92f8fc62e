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
import type { ReportView } from "@/lib/validation/reports";
import { reportScope } from "./report-scope";

const noneReached = { applied: 0, screen: 0, interview: 0, offer: 0, hired: 0 };

/** One report table, for the page or its CSV export; null for a table the view does not have (a funnel by nothing). */
export async function getReportTable(viewer: Viewer, view: ReportView, id: ReportTableId, now = new Date()): Promise<ReportTable | null> {
  const scope = reportScope(viewer);
  switch (id) {
    case "funnel": {
      const [total] = await countFunnel(scope, view, "none");
      return funnelTable(total ?? noneReached);
    }
    case "funnel-groups":
      return view.groupBy === "none" ? null : funnelGroupsTable(view.groupBy, await countFunnel(scope, view, view.groupBy));
    case "time-to-hire":
      return timeToHireTable(await measureTimeToHire(scope, view));
    case "time-in-stage":
      return timeInStageTable(await measureTimeInStage(scope, view));
    case "stale":
      return staleTable(view.staleDays, await countStaleApplications(scope, view, view.staleDays, now));
    case "sources":
      return sourcesTable(view.sourceBy, await countBySource(scope, view, view.sourceBy));
    case "interviewers":
      return interviewersTable(await countInterviewerScorecards(scope, view));
    case "offers":
      return offersTable(await countOffers(scope, view));
  }
}

/** Every table of the reports page, in its order, and the filter form's choices (the member's jobs, departments, sources). */
export async function getReports(viewer: Viewer, view: ReportView, now = new Date()) {
  const scope = reportScope(viewer);
  const ids: ReportTableId[] = ["funnel", "funnel-groups", "time-to-hire", "time-in-stage", "stale", "sources", "interviewers", "offers"];
  // One after another: the database works on one report at a time instead of eight competing for two cores.
  const tables: ReportTable[] = [];
  for (const id of ids) {
    const table = await getReportTable(viewer, view, id, now);
    if (table) tables.push(table);
  }
  return { tables, choices: await listReportChoices(scope) };
}
