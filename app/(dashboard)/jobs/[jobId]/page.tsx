import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JobStatusBadge } from "@/components/ui/status-badge";
import { getJob, listStagesWithCounts } from "@/db/queries/jobs";
import { requireMember } from "@/lib/auth/session";
import type { Viewer } from "@/lib/auth/viewer";
import { formatDate, workplaceLabels } from "@/lib/format";

async function loadJob(viewer: Viewer, jobId: string) {
  // A malformed id is simply a job that does not exist, never a database error.
  const id = z.uuid().safeParse(jobId);
  return id.success ? getJob(viewer, id.data) : null;
}

export async function generateMetadata({ params }: PageProps<"/jobs/[jobId]">): Promise<Metadata> {
  const member = await requireMember();
  const job = await loadJob(member, (await params).jobId);
  return { title: job?.title ?? "Job not found" };
}

export default async function JobPage({ params }: PageProps<"/jobs/[jobId]">) {
  const member = await requireMember();
  const job = await loadJob(member, (await params).jobId);
  if (!job) notFound();
  const stages = await listStagesWithCounts(member, job.id);

  return (
    <>
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/jobs" className="text-indigo-700 hover:underline">
          Jobs
        </Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{job.title}</h1>
        <JobStatusBadge status={job.status} />
      </div>
      <p className="mt-1 text-sm text-slate-700">
        {[job.department, job.location, workplaceLabels[job.workplaceType]].filter(Boolean).join(" · ")}
        {job.publishedAt && <> · Published {formatDate(job.publishedAt)}</>}
      </p>

      <section aria-labelledby="pipeline-heading" className="mt-8">
        <h2 id="pipeline-heading" className="text-lg font-semibold">
          Pipeline
        </h2>
        <ol className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stages.map((stage) => (
            <li key={stage.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="text-sm font-medium text-slate-700">{stage.name}</p>
              <p className="mt-1 text-2xl font-bold tabular-nums">{stage.activeApplicants}</p>
              <p className="text-xs text-slate-600">active</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
