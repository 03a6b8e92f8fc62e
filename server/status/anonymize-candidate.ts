import "server-only";
import { db } from "@/db/client";
import { deleteCandidateData, type StatusCandidate } from "@/db/queries/candidate-status";
import { CANDIDATE_ACTOR, candidateTarget } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { fileStore } from "@/server/storage";

/** What lists show in place of a candidate who had their data deleted. */
export const DELETED_CANDIDATE_NAME = "Deleted candidate";

/**
 * "Delete my data": the candidate becomes anonymous, their files, answers, self-identification and
 * status links are removed, and each application keeps only its job, stage and dates, so the
 * organisation's counts stay right. Recorded on every application. One transaction; the files'
 * bytes outside Postgres go once it committed.
 */
export async function anonymizeCandidate(candidate: StatusCandidate): Promise<void> {
  const removed = await db().transaction(async (tx) => {
    const storageKeys = await deleteCandidateData(tx, candidate, DELETED_CANDIDATE_NAME);
    await recordAudit(tx, { organizationIds: [candidate.organizationId], actor: CANDIDATE_ACTOR, action: "candidate.erased", target: candidateTarget(candidate.candidateId) });
    return storageKeys;
  });
  // If this fails, the orphan sweep removes them.
  await fileStore()
    .remove(removed)
    .catch((error: unknown) => console.error("candor: could not remove a deleted candidate's files from storage", error));
}
