import "server-only";
import { db } from "@/db/client";
import { setDecisionsOnly as saveChoice } from "@/db/queries/candidate-mail";
import type { StatusCandidate } from "@/server/status/status-candidate";

/** The candidate's choice on their status page: only email about decisions from now on (or everything again). */
export async function setDecisionsOnly(candidate: StatusCandidate, decisionsOnly: boolean) {
  await db().transaction((tx) => saveChoice(tx, candidate.organizationId, candidate.candidateId, decisionsOnly));
}
