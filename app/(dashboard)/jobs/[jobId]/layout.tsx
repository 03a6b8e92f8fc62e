import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { JobStatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/permissions";
import { requireJob } from "@/server/jobs/load";
import { JobTabs, type JobTab } from "./_components/job-tabs";

// The job's title is the page's only h1, shown above every tab; each tab's own headings start at h2.
export default async function JobLayout({ children, params }: LayoutProps<"/jobs/[jobId]">) {
  const { member, job } = await requireJob((await params).jobId);
  const base = `/jobs/${job.id}`;
  const tabs: JobTab[] = [
    { href: base, label: "Overview", icon: "overview" },
    { href: `${base}/pipeline`, label: "Pipeline", icon: "pipeline" },
    // Hiring managers and interviewers read; only admins and recruiters change the job.
    ...(can(member.role, "jobs.manage")
      ? [
          { href: `${base}/edit`, label: "Edit", icon: "edit" },
          { href: `${base}/questions`, label: "Questions", icon: "questions" },
          { href: `${base}/stages`, label: "Stages", icon: "stages" },
          { href: `${base}/team`, label: "Team", icon: "team" },
          { href: `${base}/interview-plan`, label: "Interview plan", icon: "interview-plan" },
        ] satisfies JobTab[]
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
