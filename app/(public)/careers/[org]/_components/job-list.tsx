import { TrackedLink } from "@/components/careers/tracked-link";
import type { PublicJob } from "@/db/queries/careers";
import { groupByDepartment } from "@/lib/careers/filters";
import { postingPath } from "@/lib/careers/urls";
import { employmentTypeLabels, formatPayRange, workplaceTypeLabels } from "@/lib/jobs/format";

/** Open jobs under a heading per department. */
export function JobList({ orgSlug, jobs }: { orgSlug: string; jobs: PublicJob[] }) {
  return (
    <div className="flex flex-col gap-8">
      {groupByDepartment(jobs).map((group, index) => {
        const headingId = `department-${index}`;
        return (
          <section key={group.department} aria-labelledby={headingId}>
            <h2 id={headingId} className="text-lg font-semibold text-slate-900">
              {group.department}
            </h2>
            <ul className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
              {group.jobs.map((job) => {
                const pay = formatPayRange(job);
                return (
                  <li key={job.id} className="px-4 py-4">
                    {/* The campaign tags of a careers page's address go on to the posting, and from there to the apply form. */}
                    <TrackedLink href={postingPath(orgSlug, job.slug)} className="font-medium text-brand hover:underline">
                      {job.title}
                    </TrackedLink>
                    <p className="mt-1 text-sm text-slate-700">
                      {[job.location, workplaceTypeLabels[job.workplaceType], employmentTypeLabels[job.employmentType], pay]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
