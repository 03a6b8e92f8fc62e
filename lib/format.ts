import type { JobStatus, MemberRole } from "@/lib/enums";

export const roleLabels: Record<MemberRole, string> = {
  admin: "Admin",
  recruiter: "Recruiter",
  hiring_manager: "Hiring manager",
  interviewer: "Interviewer",
};

export const jobStatusLabels: Record<JobStatus, string> = { draft: "Draft", open: "Open", closed: "Closed" };

export { workplaceTypeLabels as workplaceLabels } from "./jobs/format";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "—";
}

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
export function formatDateTime(date: Date | null | undefined): string {
  return date ? `${dateTimeFormat.format(date)} UTC` : "—";
}
