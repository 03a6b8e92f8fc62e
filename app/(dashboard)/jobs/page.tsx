import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { EmptyState } from "@/components/ui/empty-state";
import { JobStatusBadge } from "@/components/ui/status-badge";
import { listJobs } from "@/db/queries/jobs";
import { jobStatus } from "@/db/schema";
import { requireMember } from "@/lib/auth/session";
import { seesAllJobs } from "@/lib/auth/viewer";
import { workplaceLabels } from "@/lib/format";

export const metadata: Metadata = { title: "Jobs" };

const filters = [
  { value: undefined, label: "All" },
  { value: "open", label: "Open" },
  { value: "draft", label: "Drafts" },
  { value: "closed", label: "Closed" },
] as const;

export default async function JobsPage({ searchParams }: PageProps<"/jobs">) {
  const member = await requireMember();
  const status = z.enum(jobStatus.enumValues).optional().catch(undefined).parse((await searchParams).status);
  const jobs = await listJobs(member, { status });

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Jobs</h1>
          <p className="mt-1 text-sm text-slate-700">
            {seesAllJobs(member.role) ? `Every job at ${member.organizationName}.` : "Jobs whose hiring team you are on."}
          </p>
        </div>
        <nav aria-label="Filter jobs by status" className="flex gap-1">
          {filters.map((filter) => (
            <Link
              key={filter.label}
              href={filter.value ? `/jobs?status=${filter.value}` : "/jobs"}
              aria-current={status === filter.value ? "page" : undefined}
              className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white"
            >
              {filter.label}
            </Link>
          ))}
        </nav>
      </div>

      <div className="mt-6">
        {jobs.length === 0 ? (
          <EmptyState title={status ? "No jobs with this status" : "No jobs yet"}>
            {seesAllJobs(member.role)
              ? "Jobs your organisation creates will appear here."
              : "When a recruiter adds you to a job's hiring team, it will appear here."}
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Jobs and their applicants</caption>
              <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">Job</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Status</th>
                  <th scope="col" className="px-4 py-3 font-semibold">Location</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">Active applicants</th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">All applicants</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {jobs.map((job) => (
                  <tr key={job.id}>
                    <td className="px-4 py-3">
                      <Link href={`/jobs/${job.id}`} className="font-medium text-indigo-700 hover:underline">
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
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
