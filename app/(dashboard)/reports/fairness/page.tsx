import type { Metadata } from "next";
import { ReportTableView } from "@/components/reports/report-table-view";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FOUR_FIFTHS } from "@/lib/reports/fairness";
import { fairnessQuery, parseFairnessView } from "@/lib/validation/reports";
import { requireMember } from "@/server/auth/session";
import { getFairnessReport } from "@/server/reports/get-fairness-report";
import { FairnessFiltersForm } from "./_components/fairness-filters-form";

export const metadata: Metadata = { title: "Fairness report" };

export default async function FairnessPage({ searchParams }: PageProps<"/reports/fairness">) {
  const member = await requireMember("reports.fairness");
  const view = parseFairnessView(await searchParams);
  const { tables, threshold, choices } = await getFairnessReport(member, view);
  const query = fairnessQuery({ year: view.year, job: view.job, department: view.department });

  return (
    <>
      <Breadcrumbs items={[{ href: "/reports", label: "Reports" }]} />
      <h1 className="mt-2 text-2xl font-bold">Fairness report</h1>
      <p className="mt-1 max-w-3xl text-sm text-slate-700">
        Adverse impact at each step of the pipeline, from applicants&apos; voluntary self-identification. Only admins see this page; each view and
        export is recorded in the audit log.
      </p>
      <div className="mt-6">
        <FairnessFiltersForm view={view} choices={choices} />
      </div>
      <p className="mt-4 text-sm">
        <a href={`/reports/fairness/export${query}`} download className="font-medium text-indigo-700 hover:underline">
          Download the bias-audit summary (CSV, NYC Local Law 144 shape)
        </a>
      </p>
      {tables.map((table) => (
        <ReportTableView
          key={table.id}
          table={table}
          csvHref={`/reports/fairness/export${query}`}
          empty={
            table.id === "fairness-sex_ethnicity" && (view.job || view.department)
              ? "The intersectional table is for the whole organisation only: clear the job and department to see it."
              : `No applications in ${view.year} match these filters.`
          }
        />
      ))}
      <section aria-labelledby="methodology" className="mt-12 max-w-3xl text-sm text-slate-800">
        <h2 id="methodology" className="text-lg font-semibold">
          Methodology
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-5">
          <li>
            <strong>Selection rate</strong>: of the applications in a group that reached a kind of stage, the share that reached the next (an application
            moved past a stage counts as passing it). Applications are those made in the chosen calendar year (UTC), on the chosen job, the
            chosen department&apos;s jobs, or every job.
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
            ratio, at that step and every later one. Every group is listed, empty ones too, so a missing row never says that everyone gave the same
            answer. Any hidden number that sums could give away is protected as well: a step&apos;s total (the funnel report shows it) minus the
            groups shown, a department minus its jobs, the organisation minus its departments or jobs, a gender minus its gender-and-ethnicity
            pairs. Wherever such a difference would single out one hidden group, or hidden groups holding fewer than {threshold} applicants
            together, more groups are hidden (&quot;&lt;{threshold}&quot; then marks a group hidden for another&apos;s sake, whatever its size). Then
            every sum shown is solved together, as a linear system, as someone holding every view could, and more is hidden until it pins
            down no hidden number. One plan covers the organisation, every department and every job of the year, so no views can be combined to
            find a group that one of them hides; that is why the report offers whole calendar years and no other filters (a free date range or
            a source would make views that overlap). Organisations may raise the threshold (FAIRNESS_MIN_GROUP_SIZE), never lower it.
          </li>
          <li>
            <strong>Groups</strong>: the answers of the voluntary self-identification form. &quot;Decline to answer&quot; is a group of its own, and so is
            &quot;Not provided&quot; (the applicant skipped the question or the form). Answers never leave the database one by one: the report reads
            counts per group only.
          </li>
          <li>
            <strong>Limits</strong>: the counts are live. Two views of the same year taken at different times differ by what happened in between
            (one more applicant, one more move), and that difference is not protected; the audit log records who looked, and when.
          </li>
          <li>
            <strong>The export</strong> follows the summary of results a NYC Local Law 144 bias audit publishes: selection rates and impact ratios by
            sex, by race/ethnicity and by both together (for the whole organisation: at a job&apos;s or a department&apos;s size nearly every pair is a
            small group), for every step. It is a summary for an independent auditor, not an audit.
          </li>
        </ul>
      </section>
    </>
  );
}
