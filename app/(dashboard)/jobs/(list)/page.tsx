import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { FileUp, Plus, Search, X } from "lucide-react";
import { Button, buttonClasses } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { JobStatusBadge } from "@/components/ui/status-badge";
import { listJobDepartments, listJobs, listStageCountsForJobs } from "@/db/queries/jobs";
import { requireMember } from "@/server/auth/session";
import { workplaceLabels } from "@/lib/format";
import { can, jobScope, seesAllJobs } from "@/lib/permissions";
import { TableScroll } from "@/components/ui/table-scroll";
import { OffersAwaitingApproval } from "@/components/offers/offers-awaiting-approval";
import { findOffersWaitingForApprover } from "@/server/hiring/hiring-overview";

export const metadata: Metadata = { title: "Jobs" };

const statusFilters = [
  { value: undefined, label: "All" },
  { value: "open", label: "Open" },
  { value: "draft", label: "Drafts" },
  { value: "closed", label: "Closed" },
] as const;

const text = z.string().trim().max(200).optional().catch(undefined);
const filtersSchema = z.object({
  status: z.enum(["draft", "open", "closed"]).optional().catch(undefined),
  department: text,
  q: text,
});

/** The list's URL with these filters; empty ones are left out. */
function jobsHref(filters: Record<string, string | undefined>) {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return query.size ? `/jobs?${query}` : "/jobs";
}

/**
 * Active applicants per stage as a row of small cells, count over name, each on one line: compact enough
 * for a table cell, read as "Screen: 3" by screen readers. Empty stages are dimmed, not hidden, so the
 * cells line up with the job's pipeline.
 */
function StageCounts({ stages }: { stages: { id: string; name: string; activeApplicants: number }[] }) {
  if (stages.length === 0) return <span className="text-fg-subtle">—</span>;
  return (
    <ol className="flex gap-1">
      {stages.map((stage) => (
        <li
          key={stage.id}
          className={`flex min-w-12 flex-col items-center rounded-md px-2 py-1 ${stage.activeApplicants ? "bg-accent-subtle text-accent-strong" : "bg-surface-muted text-fg-subtle"}`}
        >
          <span className="text-sm font-semibold tabular-nums">{stage.activeApplicants}</span>
          <span className="max-w-24 truncate text-xs whitespace-nowrap" title={stage.name}>
            <span className="sr-only">in </span>
            {stage.name}
          </span>
        </li>
      ))}
    </ol>
  );
}

export default async function JobsPage({ searchParams }: PageProps<"/jobs">) {
  const member = await requireMember();
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) || undefined;
  const filters = filtersSchema.parse({ status: first(raw.status), department: first(raw.department), q: first(raw.q) });
  const scope = jobScope(member);
  // Offers waiting for the member's approval are on the Hiring page for those who have it; an approver
  // without it (an interviewer who is a job's hiring manager) finds them here, where they land.
  const [jobs, departments, awaitingApproval] = await Promise.all([
    listJobs(scope, filters),
    listJobDepartments(scope),
    can(member.role, "hiring.view") ? null : findOffersWaitingForApprover(member),
  ]);
  const stageCounts = await listStageCountsForJobs(scope, jobs.map((job) => job.id));
  const filtered = Boolean(filters.status || filters.department || filters.q);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Jobs</h1>
          <p className="mt-1 text-sm text-slate-700">
            {seesAllJobs(member.role) ? `Every job at ${member.organizationName}.` : "Jobs whose hiring team you are on."}
          </p>
        </div>
        {can(member.role, "jobs.manage") && (
          <div className="flex gap-2">
            <Link href="/jobs/import" className={buttonClasses("secondary")}>
              <FileUp aria-hidden="true" className="size-4" />
              Import a posting
            </Link>
            <Link href="/jobs/new" className={buttonClasses()}>
              <Plus aria-hidden="true" className="size-4" />
              New job
            </Link>
          </div>
        )}
      </div>

      {awaitingApproval && (
        <>
          <OffersAwaitingApproval offers={awaitingApproval} />
          <h2 className="mt-8 text-lg font-semibold">Your jobs</h2>
        </>
      )}

      <nav aria-label="Filter jobs by status" className="mt-6 flex gap-1">
        {statusFilters.map((filter) => (
          <Link
            key={filter.label}
            href={jobsHref({ status: filter.value, department: filters.department, q: filters.q })}
            aria-current={filters.status === filter.value ? "page" : undefined}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-fg-muted hover:bg-surface-muted aria-[current=page]:bg-fg aria-[current=page]:text-white"
          >
            {filter.label}
          </Link>
        ))}
      </nav>

      {/* A plain GET form: the filters live in the URL and work without JavaScript. */}
      <form method="get" action="/jobs" role="search" aria-label="Search jobs" className="mt-4 flex flex-wrap items-end gap-3">
        {filters.status && <input type="hidden" name="status" value={filters.status} />}
        {/* One height for both controls (a select is drawn 3 px shorter than a text box): their labels then sit on one line. */}
        <Field id="jobs-q" label="Search" type="search" name="q" defaultValue={filters.q} placeholder="Title, department or location" className="w-full sm:w-64" controlClassName="h-10.5" />
        <SelectField id="jobs-department" label="Department" name="department" defaultValue={filters.department ?? ""} className="w-full sm:w-56" controlClassName="h-10.5">
          <option value="">All departments</option>
          {departments.map((department) => (
            <option key={department}>{department}</option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary">
          <Search aria-hidden="true" className="size-4" />
          Apply filters
        </Button>
        {filtered && (
          <Link href="/jobs" className={buttonClasses("ghost")}>
            <X aria-hidden="true" className="size-4" />
            Clear filters
          </Link>
        )}
      </form>

      <div className="mt-6">
        {jobs.length === 0 ? (
          <EmptyState title={filtered ? "No jobs match these filters" : "No jobs yet"}>
            {filtered
              ? "Try another status, department or search."
              : can(member.role, "jobs.manage")
                ? "Create a job or import a posting from Markdown to start hiring."
                : seesAllJobs(member.role)
                  ? "Jobs your organisation creates will appear here."
                  : "When a recruiter adds you to a job's hiring team, it will appear here."}
          </EmptyState>
        ) : (
          // Wider than a phone: the table scrolls sideways in its own box, which takes focus so keyboard users
          // can scroll it too, and its caption says so where the counts start off-screen.
          <TableScroll labelledBy="jobs-table-caption">
            <table className="w-full text-left text-sm">
              <caption id="jobs-table-caption" className="px-4 pt-3 text-left text-xs text-slate-600 md:sr-only">
                Jobs and their applicants<span className="md:hidden"> (scroll sideways for the counts)</span>
              </caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Job</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Location</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">Active applicants</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">All applicants</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Active by stage</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {jobs.map((job) => (
                  <tr key={job.id}>
                    <td className="px-4 py-3">
                      <Link href={`/jobs/${job.id}`} className="font-medium text-accent hover:underline">
                        {job.title}
                      </Link>
                      {job.department && <div className="text-slate-600">{job.department}</div>}
                    </td>
                    <td className="px-4 py-3">
                      <JobStatusBadge status={job.status} />
                    </td>
                    <td className="px-4 py-3 text-slate-700">
                      {job.location ?? "—"} · {workplaceLabels[job.workplaceType]}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{job.activeApplicants}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{job.totalApplicants}</td>
                    <td className="px-4 py-3">
                      <StageCounts stages={stageCounts.get(job.id) ?? []} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </div>
    </>
  );
}
