import "server-only";
import { listHiringJobs, listMissingFeedback, listOffersAwaitingApproval } from "@/db/queries/hiring";
import type { Viewer } from "@/lib/auth/viewer";
import { stepsDecidedBy } from "@/lib/offers/approval-step";
import { jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";
import type { IdentityContext } from "@/lib/review/identity";

type IdentityRow = IdentityContext & { applicationId: string; candidateName: string };

/** Replaces the candidate's name by how this member may see them: the alias while anonymised review hides it. */
function labelCandidates<T extends IdentityRow>(viewer: Viewer, rows: T[]) {
  return rows.map(({ candidateName, ...row }) => ({ ...row, candidate: candidateLabel(viewer, { ...row, id: row.applicationId, candidateName }) }));
}

/**
 * The Hiring page: the jobs this member works on (every job for those who read all jobs, their teams'
 * otherwise), the offers waiting at their step of the approval chain (as the application page's Offer
 * section decides it) and feedback still owed, each candidate as they may see them.
 */
export async function getHiringOverview(viewer: Viewer, now = new Date()) {
  const scope = jobScope(viewer);
  const [jobs, awaiting, missing] = await Promise.all([
    listHiringJobs(scope),
    listOffersAwaitingApproval(jobScope(viewer, "offers.approve"), stepsDecidedBy(viewer.role)),
    listMissingFeedback(scope, now),
  ]);
  return { jobs, awaiting: labelCandidates(viewer, awaiting), missing: labelCandidates(viewer, missing) };
}
