import { Briefcase, Building2, CalendarCheck, CalendarX, ExternalLink, EyeOff, MapPin, Wallet, type LucideIcon } from "lucide-react";
import Link from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button";
import { listStagesWithCounts } from "@/db/queries/jobs";
import { formatDate, workplaceLabels } from "@/lib/format";
import { employmentTypeLabels, formatPayRange } from "@/lib/jobs/format";
import { jobPageMetadata, requireJob } from "@/server/jobs/load";
import { can, jobScope } from "@/lib/permissions";

export const generateMetadata = jobPageMetadata(null);

export default async function JobPage({ params }: PageProps<"/jobs/[jobId]">) {
  const { member, job } = await requireJob((await params).jobId);
  const stages = await listStagesWithCounts(jobScope(member), job.id);
  const facts: [string, string, LucideIcon][] = [
    ["Department", job.department ?? "—", Building2],
    ["Location", [job.location, workplaceLabels[job.workplaceType]].filter(Boolean).join(" · "), MapPin],
    ["Employment", employmentTypeLabels[job.employmentType], Briefcase],
    ["Pay", formatPayRange(job) ?? "Not shown", Wallet],
    ["Published", formatDate(job.publishedAt, member.timeZone), CalendarCheck],
    // A calendar day, stored at UTC midnight: read in UTC, never shifted to the viewer's zone.
    ["Closes", job.closesAt ? formatDate(job.closesAt) : "No closing date", CalendarX],
    ["Anonymised review", job.anonymizedReview ? "On" : "Off", EyeOff],
  ];

  return (
    <>
      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading" className="text-lg font-semibold">
          Pipeline
        </h2>
        <ol className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
          {stages.map((stage) => (
            <li key={stage.id} className="rounded-lg border border-line bg-surface p-4 shadow-xs">
              <p className="truncate text-sm font-medium text-fg-muted">{stage.name}</p>
              <p className={`mt-1 text-2xl font-bold tabular-nums ${stage.activeApplicants ? "text-fg" : "text-fg-subtle"}`}>{stage.activeApplicants}</p>
              <p className="text-xs text-fg-subtle">active</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="facts-heading" className="mt-8">
        <h2 id="facts-heading" className="text-lg font-semibold">
          Key facts
        </h2>
        <dl className="mt-3 grid gap-x-6 gap-y-4 rounded-lg border border-line bg-surface p-4 text-sm shadow-xs sm:grid-cols-2">
          {facts.map(([term, value, Icon]) => (
            <div key={term} className="min-w-0">
              <dt className="flex items-center gap-1.5 font-medium text-fg-muted">
                <Icon aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
                {term}
              </dt>
              <dd className="pl-5.5 text-fg">{value}</dd>
            </div>
          ))}
        </dl>
        {job.status === "open" && (
          <Link href={`/careers/${member.organizationSlug}/${job.slug}`} className={buttonClasses("secondary", "mt-4")}>
            <ExternalLink aria-hidden="true" className="size-4" />
            View the public posting
          </Link>
        )}
        {can(member.role, "jobs.manage") && job.status === "draft" && (
          <p className="mt-3 text-sm text-fg-muted">
            This job is a draft: candidates cannot see it until it is published from the{" "}
            <Link href={`/jobs/${job.id}/edit`} className="text-accent hover:underline">
              editor
            </Link>
            .
          </p>
        )}
      </section>
    </>
  );
}
