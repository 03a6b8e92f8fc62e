import type { ApplicationStatus, JobStatus } from "@/lib/enums";
import { applicationStatusLabels } from "@/lib/candidates/labels";
import { jobStatusLabels } from "@/lib/format";

export type BadgeTone = "success" | "warning" | "danger" | "info" | "neutral";

const tones: Record<BadgeTone, string> = {
  success: "bg-success-subtle text-success ring-emerald-600/30",
  warning: "bg-warning-subtle text-warning ring-amber-600/30",
  danger: "bg-danger-subtle text-danger ring-red-600/30",
  info: "bg-sky-50 text-sky-900 ring-sky-600/30",
  neutral: "bg-surface-muted text-fg-muted ring-slate-500/30",
};

/** A state in a pill ("Open", "Sent", "Rejected"): the word carries the meaning, the tone only repeats it. */
export function StatusBadge({ tone = "neutral", className = "", children }: { tone?: BadgeTone; className?: string; children: React.ReactNode }) {
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${tones[tone]} ${className}`}>
      {children}
    </span>
  );
}

const jobTones: Record<JobStatus, BadgeTone> = { open: "success", draft: "warning", closed: "neutral" };

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <StatusBadge tone={jobTones[status]}>{jobStatusLabels[status]}</StatusBadge>;
}

const applicationTones: Record<ApplicationStatus, BadgeTone> = { active: "info", hired: "success", rejected: "neutral", withdrawn: "neutral" };

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  return <StatusBadge tone={applicationTones[status]}>{applicationStatusLabels[status]}</StatusBadge>;
}
