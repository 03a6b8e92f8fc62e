import type { MemberRole } from "@/db/schema";

/** Who is asking: every query of private data is scoped by this. */
export type Viewer = { organizationId: string; userId: string; role: MemberRole };

/** Admins and recruiters work on every job; hiring managers and interviewers only on jobs whose team they are on. */
export function seesAllJobs(role: MemberRole): boolean {
  return role === "admin" || role === "recruiter";
}
