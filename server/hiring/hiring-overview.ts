import "server-only";
import { listHiringJobs, listMissingFeedback, listOffersAwaitingApproval } from "@/db/queries/hiring";
import { holdsTeamRole } from "@/db/queries/job-members";
import type { Viewer } from "@/lib/auth/viewer";
import type { JobTeamRole } from "@/lib/enums";
import { stepsDecidedBy } from "@/lib/offers/approval-step";
import { can, jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";
import type { IdentityContext } from "@/lib/review/identity";

type IdentityRow = IdentityContext & { applicationId: string; candidateName: string };

/** Replaces the candidate's name by how this member may see them: the alias while anonymised review hides it. */
function labelCandidates<T extends IdentityRow>(viewer: Viewer, rows: T[]) {
  return rows.map(({ candidateName, ...row }) => ({ ...row, candidate: candidateLabel(viewer, { ...row, id: row.applicationId, candidateName }) }));
}

/**
 * The offers waiting at the viewer's step of the approval chain (as the application page's Offer section
 * decides it), longest waiting first, each candidate as they may see them: "Offers waiting for your
 * approval" on the Hiring page, and on the Jobs page for an approver without it.
 */
export async function listOffersWaitingForViewer(viewer: Viewer) {
  return labelCandidates(viewer, await listOffersAwaitingApproval(jobScope(viewer, "offers.approve"), stepsDecidedBy(viewer.role)));
}

export type OfferWaitingForViewer = Awaited<ReturnType<typeof listOffersWaitingForViewer>>[number];

/**
 * The same list for a member the Hiring page is not for (an interviewer who is a job's hiring manager
 * approves that job's offers at the hiring manager's step): null when they decide no step on any job of
 * the organisation, so a member who never approves sees nothing of it, not even an empty list.
 */
export async function findOffersWaitingForApprover(viewer: Viewer): Promise<OfferWaitingForViewer[] | null> {
  if (!can(viewer.role, "offers.approve")) return null;
  // Where they decide: on every job (no place on the team needed), or only where they hold one of these places.
  const places = stepsDecidedBy(viewer.role).map((decider) => decider.teamRole);
  const teamPlaces = places.filter((place): place is JobTeamRole => place !== null);
  const decidesSomewhere = places.includes(null) || (await holdsTeamRole(viewer, teamPlaces));
  return decidesSomewhere ? listOffersWaitingForViewer(viewer) : null;
}

/**
 * The Hiring page: the jobs this member works on (every job for those who read all jobs, their teams'
 * otherwise), the offers waiting at their step of the approval chain and feedback still owed, each
 * candidate as they may see them.
 */
export async function getHiringOverview(viewer: Viewer, now = new Date()) {
  const scope = jobScope(viewer);
  const [jobs, awaiting, missing] = await Promise.all([listHiringJobs(scope), listOffersWaitingForViewer(viewer), listMissingFeedback(scope, now)]);
  return { jobs, awaiting, missing: labelCandidates(viewer, missing) };
}
