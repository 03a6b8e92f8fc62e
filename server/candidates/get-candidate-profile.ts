import "server-only";
import { byApplication, byCandidate, findCandidate, listApplicationsInScope } from "@/db/queries/profile";
import type { Viewer } from "@/lib/auth/viewer";
import { canEverywhere, jobScope } from "@/lib/permissions";
import { hidesIdentity } from "@/lib/review/identity";

/** The applications matching `where` that the member works on, each marked with whether it hides who the candidate is. */
async function listVisibleApplications(viewer: Viewer, where: Parameters<typeof listApplicationsInScope>[1]) {
  const rows = await listApplicationsInScope(jobScope(viewer), where);
  return rows.map((row) => ({ ...row, identityHidden: hidesIdentity(viewer, row) }));
}

export type VisibleApplication = Awaited<ReturnType<typeof listVisibleApplications>>[number];

/**
 * The candidate with the applications this member may see under their name, or null (a 404).
 * Members who read every job see every candidate of their organisation. The others see only
 * applications on their teams' jobs whose identity is not hidden from them; with none, the profile
 * does not exist for them (anonymised applications are reviewed on the application page).
 */
export async function getCandidateProfile(viewer: Viewer, candidateId: string) {
  const candidate = await findCandidate(viewer.organizationId, candidateId);
  if (!candidate) return null;
  const applicationsShown = (await listVisibleApplications(viewer, byCandidate(candidateId))).filter((application) => !application.identityHidden);
  if (!canEverywhere(viewer.role, "jobs.read") && applicationsShown.length === 0) return null;
  return { candidate, applications: applicationsShown };
}

/** One application the member works on, with its candidate and whether their identity is hidden, or null (a 404). */
export async function getApplicationDetail(viewer: Viewer, applicationId: string) {
  const [application] = await listVisibleApplications(viewer, byApplication(applicationId));
  if (!application) return null;
  const candidate = await findCandidate(viewer.organizationId, application.candidateId);
  return candidate ? { application, candidate } : null;
}
