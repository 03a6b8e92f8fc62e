import "server-only";
import { db } from "@/db/client";
import { withdrawCandidateApplication, type StatusCandidate } from "@/db/queries/candidate-status";
import { insertWebhookEvents } from "@/db/queries/webhooks";

/**
 * The candidate withdraws one of their own active applications, recorded as done by the candidate.
 * False, changing nothing, when the application is not theirs or no longer active.
 */
export function withdrawApplication(candidate: StatusCandidate, applicationId: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    if (!(await withdrawCandidateApplication(tx, candidate, applicationId))) return false;
    await insertWebhookEvents(tx, candidate.organizationId, [
      { type: "application.withdrawn", data: { application_id: applicationId, candidate_id: candidate.candidateId } },
    ]);
    return true;
  });
}
