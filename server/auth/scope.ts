import "server-only";
import type { CandidateScope, JobScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { canEverywhere } from "@/lib/permissions";
import { seesEveryIdentity } from "@/lib/review/identity";

export type { CandidateScope, JobScope };

/**
 * The jobs a member reads: every job of the organisation when they hold `jobs.read` everywhere, the jobs
 * whose hiring team they are on otherwise. The one place that turns a member into a query scope.
 */
export function jobScopeOf(member: Viewer): JobScope {
  return { organizationId: member.organizationId, teamOf: canEverywhere(member.role, "jobs.read") ? undefined : member.userId };
}

/** The member's job scope, and whether anonymised review hides candidates from them (lib/review/identity.ts). */
export function candidateScopeOf(member: Viewer): CandidateScope {
  return { ...jobScopeOf(member), hidesAnonymised: !seesEveryIdentity(member.role) };
}
