import Link from "next/link";
import { listStagesWithCounts } from "@/db/queries/jobs";
import { formatDate, workplaceLabels } from "@/lib/format";
import { employmentTypeLabels, formatPayRange } from "@/lib/jobs/format";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { can, jobScope } from "@/lib/permissions";

export const generateMetadata = jobPageMetadata(null);

export default async function JobPage({ params }: PageProps<"/jobs/[jobId]">) {
  const { member, job } = await requireJob((await params).jobId);
  const stages = await listStagesWithCounts(jobScope(member), job.id);
  const facts: [string, string][] = [
    ["Department", job.department ?? "—"],
    ["Location", [job.location, workplaceLabels[job.workplaceType]].filter(Boolean).join(" · ")],
    ["Employment", employmentTypeLabels[job.employmentType]],
    ["Pay", formatPayRange(job) ?? "Not shown"],
    ["Published", formatDate(job.publishedAt, member.timeZone)],
    // A calendar day, stored at UTC midnight: read in UTC, never shifted to the viewer's zone.
    ["Closes", job.closesAt ? formatDate(job.closesAt) : "No closing date"],
    ["Anonymised review", job.anonymizedReview ? "On" : "Off"],
  ];

  return (
    <>
      <section aria-labelledby="pipeline-heading">
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

      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="text-lg font-semibold">
          Key facts
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt className="font-medium text-slate-700">{term}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        {job.status === "open" && (
          <p className="mt-3 text-sm">
            <Link href={`/careers/${member.organizationSlug}/${job.slug}`} className="text-indigo-700 hover:underline">
              View the public posting
            </Link>
          </p>
        )}
        {can(member.role, "jobs.manage") && job.status === "draft" && (
          <p className="mt-3 text-sm text-slate-700">
            This job is a draft: candidates cannot see it until it is published from the{" "}
            <Link href={`/jobs/${job.id}/edit`} className="text-indigo-700 hover:underline">
              editor
            </Link>
            .
          </p>
        )}
      </section>
    </>
  );
}
