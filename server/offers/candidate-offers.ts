import "server-only";
import { db } from "@/db/client";
import { findLetterFile, listCandidateOffers } from "@/db/queries/candidate-offers";
import type { StatusCandidate } from "@/server/status/status-candidate";
import { readFileBytes } from "@/server/storage";

/** The offers sent to the candidate (approved, accepted or declined), newest first, for their status page. */
export function getCandidateOffers(candidate: StatusCandidate) {
  return listCandidateOffers(db(), candidate);
}

/** The letter of one of the candidate's own sent offers, or null (another's offer, or none). */
export async function getCandidateOfferLetter(candidate: StatusCandidate, offerId: string): Promise<Buffer | null> {
  const offer = (await listCandidateOffers(db(), candidate)).find((row) => row.id === offerId);
  if (!offer?.letterFileId) return null;
  const file = await findLetterFile(db(), candidate.organizationId, offer.letterFileId);
  return file ? readFileBytes(file) : null;
}
