import type { Metadata } from "next";
import { DataTable } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { requireMember } from "@/server/auth/session";
import { getHiringOverview } from "@/server/hiring/hiring-overview";
import { can, seesAllJobs } from "@/lib/permissions";
import { ReportTableView } from "@/components/reports/report-table-view";
import { OffersAwaitingApproval } from "@/components/offers/offers-awaiting-approval";
import { DashboardSection } from "@/components/ui/dashboard-section";
import { getHiringCharts } from "@/server/reports/get-reports";

export const metadata: Metadata = { title: "Hiring" };

const link = "font-medium text-indigo-700 hover:underline";

export default async function HiringPage() {
  const member = await requireMember("hiring.view");
  const [{ jobs, awaiting, missing }, charts] = await Promise.all([
    getHiringOverview(member),
    can(member.role, "reports.read") ? getHiringCharts(member) : Promise.resolve([]),
  ]);
  const everyJob = seesAllJobs(member.role);

  return (
    <>
      <h1 className="text-2xl font-bold">Hiring</h1>
      <p className="mt-1 text-sm text-slate-700">
        {everyJob ? "Every open job, offers waiting for your approval and feedback interviewers still owe." : "Your team's jobs, offers waiting for your approval and feedback your interviewers still owe."}
      </p>

      <OffersAwaitingApproval offers={awaiting} />

      <DashboardSection
        id="feedback-heading"
        title="Missing feedback"
        empty={missing.length === 0 ? { title: "No feedback missing", text: "Every interviewer has submitted a scorecard for the interviews that took place." } : null}
      >
        <DataTable
          label="Interviews without a submitted scorecard"
          caption="Interviews without a submitted scorecard, most overdue first"
          columns={["Interviewer", "Candidate", "Interview", "Ended"]}
        >
          {missing.map((row) => (
            <tr key={`${row.interviewId}:${row.interviewerId}`}>
              <td className="px-4 py-3">{row.interviewerName}</td>
              <td className="px-4 py-3">
                <Link href={`/applications/${row.applicationId}`} className={link}>
                  {row.candidate}
                </Link>
                <div className="text-slate-600">{row.jobTitle}</div>
              </td>
              <td className="px-4 py-3">{row.interviewTitle}</td>
              <td className="px-4 py-3">
                <Time value={row.endsAt} />
                {row.overdue && (
                  <span className="ml-2 inline-flex rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800 ring-1 ring-red-600/30 ring-inset">
                    Overdue
                  </span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </DashboardSection>

      <DashboardSection
        id="jobs-heading"
        title={everyJob ? "Jobs" : "Your jobs"}
        empty={
          jobs.length === 0
            ? { title: "No open jobs", text: everyJob ? "Open and draft jobs will appear here with their pipelines." : "When a recruiter adds you to a job's hiring team, it will appear here." }
            : null
        }
      >
        <ul className="flex flex-col gap-4">
          {jobs.map((job) => (
            <li key={job.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="font-semibold">
                <Link href={`/jobs/${job.id}`} className={link}>
                  {job.title}
                </Link>
                {job.status === "draft" && <span className="ml-2 text-sm font-normal text-slate-600">(draft)</span>}
              </h3>
              <ol aria-label={`Active applicants per stage for ${job.title}`} className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-5">
                {job.stages.map((stage) => (
                  <li key={stage.id} className="rounded-md bg-slate-50 px-3 py-2">
                    <span className="block text-xs font-medium text-slate-700">{stage.name}</span>
                    <span className="text-xl font-bold tabular-nums">{stage.activeApplicants}</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </DashboardSection>

      {charts.map((table) => (
        <ReportTableView key={table.id} table={table} csvHref={`/reports/export/${table.id}`} empty="Numbers appear here once applications arrive." />
      ))}
    </>
  );
}
