import type { Metadata } from "next";
import { Time } from "@/components/dates/time";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { requireMember } from "@/server/auth/session";
import type { BackgroundJob, JobState } from "@/server/background-jobs/list-jobs";
import { listJobsForAdmin } from "@/server/background-jobs/retry-job";
import { RetryJobButton } from "./_components/retry-job-button";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Background jobs" };

const taskLabels: Record<string, string> = {
  "mail.deliver": "Email delivery",
  "applications.extract-text": "Resume text for search",
  "scorecards.remind": "Scorecard reminders",
  "storage.sweep": "File storage clean-up",
  "accounts.password-reset": "Password reset email",
  "webhooks.deliver": "Webhook delivery",
  "webhooks.prune": "Webhook log clean-up",
};

const stateLabels: Partial<Record<JobState, string>> = {
  created: "Queued",
  retry: "Waiting to retry",
  active: "Running",
  failed: "Failed",
};

const stateTones: Partial<Record<JobState, string>> = {
  created: "bg-slate-100 text-slate-800 ring-slate-500/30",
  retry: "bg-amber-50 text-amber-900 ring-amber-600/30",
  active: "bg-sky-50 text-sky-900 ring-sky-600/30",
  failed: "bg-red-50 text-red-800 ring-red-600/30",
};

const labelOf = (job: BackgroundJob) => taskLabels[job.name] ?? job.name;

export default async function BackgroundJobsPage() {
  const member = await requireMember("settings.jobs.manage");
  const jobs = await listJobsForAdmin(member);

  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Background jobs</h1>
      <p className="mt-1 text-sm text-slate-700">
        Work Candor does after a request has been answered, for the whole installation: delivering email, password reset links,
        reading resumes for search, scorecard reminders and file clean-up. Jobs that are queued, running or have failed are listed,
        newest first; finished ones are not.
      </p>

      <div className="mt-6">
        {jobs.length === 0 ? (
          <EmptyState title="No background jobs waiting">Nothing is queued, running or failed right now.</EmptyState>
        ) : (
          <DataTable
            label="Background jobs"
            caption="Queued, running and failed background jobs, newest first"
            columns={["Job", "Status", { label: "Attempts", align: "right" }, "Queued", "Runs from", "Last error", { label: "Actions", srOnly: true }]}
          >
            {jobs.map((job) => (
              <tr key={job.id}>
                <th scope="row" className="px-4 py-3 font-medium">
                  {labelOf(job)}
                </th>
                <td className="px-4 py-3">
                  <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${stateTones[job.state] ?? ""}`}>
                    {stateLabels[job.state] ?? job.state}
                  </span>
                </td>
                <td className="px-4 py-3 text-right tabular-nums">
                  {job.attempts} of {job.maxAttempts}
                </td>
                <td className="px-4 py-3 text-slate-700"><Time value={job.createdAt} /></td>
                <td className="px-4 py-3 text-slate-700"><Time value={job.startAfter} /></td>
                <td className="max-w-72 px-4 py-3 break-words text-slate-700">{job.lastError ?? <span className="text-slate-500">None</span>}</td>
                <td className="px-4 py-3 text-right">{job.state === "failed" && <RetryJobButton jobId={job.id} label={labelOf(job)} />}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
