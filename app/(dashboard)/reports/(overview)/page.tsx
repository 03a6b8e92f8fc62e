import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ReportTableView } from "@/components/reports/report-table-view";
import { can, seesAllJobs } from "@/lib/permissions";
import { hasReportFilters, parseReportView, reportQuery } from "@/lib/validation/reports";
import { requireMember } from "@/server/auth/session";
import { getReports } from "@/server/reports/get-reports";
import { ReportFiltersForm } from "../_components/report-filters-form";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage({ searchParams }: PageProps<"/reports">) {
  const member = await requireMember("reports.read");
  const view = parseReportView(await searchParams);
  const { tables, choices } = await getReports(member, view);
  const isFiltered = hasReportFilters(view);
  const query = reportQuery(view);
  const empty = isFiltered ? "No applications match these filters." : "Numbers appear here once applications arrive.";

  return (
    <>
      <h1 className="text-2xl font-bold">Reports</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        {seesAllJobs(member.role) ? "Every job of the organisation" : "The jobs whose hiring team you are on"}: how far applicants get, how long it takes,
        where they come from, how interviewers score and how offers end. Counts include applications made in the chosen period.
        {can(member.role, "reports.fairness") && (
          <>
            {" "}
            See also the{" "}
            <Link href={`/reports/fairness${query}`} className="font-medium text-indigo-700 underline underline-offset-4">
              fairness report
            </Link>
            .
          </>
        )}
      </p>
      <div className="mt-6">
        <ReportFiltersForm view={view} choices={choices} isFiltered={isFiltered} />
      </div>
      {tables.map((table) => (
        <ReportTableView key={table.id} table={table} csvHref={`/reports/export/${table.id}${query}`} empty={empty} />
      ))}
    </>
  );
}
