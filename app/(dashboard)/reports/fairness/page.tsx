import type { Metadata } from "next";
import { ReportTableView } from "@/components/reports/report-table-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FOUR_FIFTHS } from "@/lib/reports/fairness";
import { hasReportFilters, parseFairnessStep, parseReportView, reportQuery } from "@/lib/validation/reports";
import { requireMember } from "@/server/auth/session";
import { getFairnessReport } from "@/server/reports/get-fairness-report";
import { ReportFiltersForm } from "../_components/report-filters-form";

export const metadata: Metadata = { title: "Fairness report" };

export default async function FairnessPage({ searchParams }: PageProps<"/reports/fairness">) {
  const member = await requireMember("reports.fairness");
  const params = await searchParams;
  const view = parseReportView(params);
  const filters = { job: view.job, department: view.department, source: view.source, from: view.from, to: view.to };
  const step = parseFairnessStep(params);
  const { tables, threshold, choices } = await getFairnessReport(member, filters, step);
  const query = reportQuery(filters);
  const isFiltered = hasReportFilters(filters);

  return (
    <>
      <Breadcrumbs items={[{ href: "/reports", label: "Reports" }]} />
      <h1 className="mt-2 text-2xl font-bold">Fairness report</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        Adverse impact at each step of the pipeline, from applicants&apos; voluntary self-identification. Only admins see this page; each view and
        export is recorded in the audit log.
      </p>
      <div className="mt-6">
        <ReportFiltersForm view={view} fairnessStep={step} choices={choices} isFiltered={isFiltered} />
      </div>
      <p className="mt-4 text-sm">
        <a href={`/reports/fairness/export${query}`} download className="font-medium text-indigo-700 hover:underline">
          Download the bias-audit summary (CSV, NYC Local Law 144 shape)
        </a>
      </p>
      {tables.map((table) => (
        <ReportTableView key={table.id} table={table} csvHref={`/reports/fairness/export${query}`} empty="No applications match these filters." />
      ))}
      <section aria-labelledby="methodology" className="mt-12 max-w-3xl text-sm text-slate-800">
        <h2 id="methodology" className="text-lg font-semibold">
          Methodology
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          <li>
            <strong>Selection rate</strong>: of the applications in a group that reached a kind of stage, the share that reached the next (an application
            moved past a stage counts as passing it). Applications are those made in the chosen period, on the chosen jobs.
          </li>
          <li>
            <strong>Impact ratio</strong>: a group&apos;s selection rate divided by the highest selection rate among the groups shown. A ratio below{" "}
            {FOUR_FIFTHS} is flagged, after the four-fifths rule of the EEOC Uniform Guidelines (29 CFR 1607.4(D)); it is evidence to look into, not a
            finding.
          </li>
          <li>
            <strong>Significance</strong>: each group against the highest-rate group, by the two-proportion z-test when both groups have at least 30
            applicants (and five expected selections and rejections), otherwise by Fisher&apos;s exact test. A p-value under 0.05 means a gap this
            large would rarely arise by chance.
          </li>
          <li>
            <strong>Small groups</strong>: a group with fewer than {threshold} applicants at a step is shown as &quot;&lt;{threshold}&quot; with no rate or
            ratio. When that leaves a hidden group that could be worked out from the step&apos;s total (which the funnel report shows), the next
            smallest groups are hidden too, until the hidden groups together hold at least {threshold}. Differences between two filtered views (a
            department and one of its jobs) can still narrow a group down: compare views with care, and raise the threshold
            (FAIRNESS_MIN_GROUP_SIZE) for small organisations.
          </li>
          <li>
            <strong>Groups</strong>: the answers of the voluntary self-identification form. &quot;Decline to answer&quot; is a group of its own, and so is
            &quot;Not provided&quot; (the applicant skipped the question or the form). Answers never leave the database one by one: the report reads
            counts per group only.
          </li>
          <li>
            <strong>The export</strong> follows the summary of results a NYC Local Law 144 bias audit publishes: selection rates and impact ratios by
            sex, by race/ethnicity and by both together, for every step. It is a summary for an independent auditor, not an audit.
          </li>
        </ul>
      </section>
    </>
  );
}
