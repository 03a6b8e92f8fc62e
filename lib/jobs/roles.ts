import type { MemberRole } from "@/db/schema";

/** Who creates, edits, publishes and closes jobs and manages their questions, stages and team. */
export const jobManagerRoles = ["admin", "recruiter"] as const satisfies readonly MemberRole[];

export function managesJobs(role: MemberRole): boolean {
  return (jobManagerRoles as readonly MemberRole[]).includes(role);
}
