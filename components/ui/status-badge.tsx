import type { JobStatus } from "@/lib/enums";
import { jobStatusLabels } from "@/lib/format";

const tones: Record<JobStatus, string> = {
  open: "bg-emerald-50 text-emerald-800 ring-emerald-600/30",
  draft: "bg-amber-50 text-amber-900 ring-amber-600/30",
  closed: "bg-slate-100 text-slate-700 ring-slate-500/30",
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return (
    <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${tones[status]}`}>
      {jobStatusLabels[status]}
    </span>
  );
}
