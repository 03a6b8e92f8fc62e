import type { MemberRole } from "@/db/schema";

/** Who is asking: every query of private data is scoped by this. */
export type Viewer = { organizationId: string; userId: string; role: MemberRole };

/** Admins and recruiters work on every job; hiring managers and interviewers only on jobs whose team they are on. */
export function seesAllJobs(role: MemberRole): boolean {
  return role === "admin" || role === "recruiter";
}

/** Who may read the organisation's outgoing mail: it holds candidates' addresses and every message's text. */
export const mailViewerRoles = ["admin", "recruiter"] as const satisfies readonly MemberRole[];

export function canReadMail(role: MemberRole): boolean {
  return (mailViewerRoles as readonly MemberRole[]).includes(role);
}
