import "server-only";
import { db } from "@/db/client";
import { withdrawCandidateApplication, type StatusCandidate } from "@/db/queries/candidate-status";

/**
 * The candidate withdraws one of their own active applications, recorded as done by the candidate.
 * False, changing nothing, when the application is not theirs or no longer active.
 */
export function withdrawApplication(candidate: StatusCandidate, applicationId: string): Promise<boolean> {
  return db().transaction((tx) => withdrawCandidateApplication(tx, candidate, applicationId));
}
