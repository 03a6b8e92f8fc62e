import "server-only";
import { findCandidateByTokenHash, type StatusCandidate } from "@/db/queries/candidate-status";
import { hashStatusToken } from "@/lib/applications/tokens";

export type { StatusCandidate };

/**
 * The actor of every status-page use case: the candidate whose private link this is, or null when the
 * link is unknown or the candidate's data was deleted. The link is their only credential, so each
 * action and page resolves it again instead of trusting anything the browser sent.
 */
export function candidateFromStatusToken(token: string): Promise<StatusCandidate | null> {
  return findCandidateByTokenHash(hashStatusToken(token));
}
