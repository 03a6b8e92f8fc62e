import "server-only";
import type { CandidateScope } from "@/db/queries/candidate-search";
import type { Viewer } from "@/lib/auth/viewer";
import { jobScope } from "@/lib/permissions";
import { seesEveryIdentity } from "@/lib/review/identity";

/**
 * What a member's candidate search covers: the jobs they read (lib/permissions' jobScope), and whether
 * anonymised review hides candidates from them, so the query can keep those out by SQL.
 */
export function candidateScopeOf(member: Viewer): CandidateScope {
  return { ...jobScope(member), hidesAnonymised: !seesEveryIdentity(member.role) };
}
