import "server-only";
import { getMergeSide, hasMerge } from "@/db/queries/candidate-merges";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";

/**
 * Both records side by side for the merge page, or null when either is not a candidate of the member's
 * organisation or the member may not merge. `sharedJobs` names the jobs both applied to, which make the
 * merge impossible.
 */
export async function getMergeComparison(viewer: Viewer, candidateId: string, otherId: string) {
  if (!can(viewer.role, "candidates.merge") || candidateId === otherId) return null;
  const [survivor, merged] = await Promise.all([getMergeSide(viewer.organizationId, candidateId), getMergeSide(viewer.organizationId, otherId)]);
  if (!survivor || !merged) return null;
  const otherJobs = new Set(merged.applications.map((a) => a.jobId));
  const sharedJobs = survivor.applications.filter((a) => otherJobs.has(a.jobId)).map((a) => a.jobTitle);
  return { survivor, merged, sharedJobs };
}

/** After a merge: the survivor and its applications, or null unless `mergedId` really was merged into it. */
export async function getMergeResult(viewer: Viewer, survivorId: string, mergedId: string) {
  if (!can(viewer.role, "candidates.merge")) return null;
  if (!(await hasMerge(viewer.organizationId, survivorId, mergedId))) return null;
  return getMergeSide(viewer.organizationId, survivorId);
}
