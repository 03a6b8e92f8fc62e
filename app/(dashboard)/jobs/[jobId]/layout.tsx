import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JobStatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/permissions";
import { requireJob } from "@/server/jobs/load";
import { JobTabs } from "./_components/job-tabs";

// The job's title is the page's only h1, shown above every tab; each tab's own headings start at h2.
export default async function JobLayout({ children, params }: LayoutProps<"/jobs/[jobId]">) {
  const { member, job } = await requireJob((await params).jobId);
  const base = `/jobs/${job.id}`;
  const tabs = [
    { href: base, label: "Overview" },
    { href: `${base}/pipeline`, label: "Pipeline" },
    // Hiring managers and interviewers read; only admins and recruiters change the job.
    ...(can(member.role, "jobs.manage")
      ? [
          { href: `${base}/edit`, label: "Edit" },
          { href: `${base}/questions`, label: "Questions" },
          { href: `${base}/stages`, label: "Stages" },
          { href: `${base}/team`, label: "Team" },
          { href: `${base}/interview-plan`, label: "Interview plan" },
        ]
      : []),
  ];
  return (
    <>
      <Breadcrumbs items={[{ href: "/jobs", label: "Jobs" }]} />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{job.title}</h1>
        <JobStatusBadge status={job.status} />
      </div>
      <JobTabs tabs={tabs} />
      <div className="mt-6">{children}</div>
    </>
  );
}
