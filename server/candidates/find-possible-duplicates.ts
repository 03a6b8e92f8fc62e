import "server-only";
import { findPossibleDuplicates as findInOrganization, type PossibleDuplicate } from "@/db/queries/duplicates";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";

/**
 * Other records of the member's organisation that may be the same person as this candidate. Only
 * members who may merge see them; everyone else gets an empty list.
 */
export async function findPossibleDuplicates(viewer: Viewer, candidateId: string): Promise<PossibleDuplicate[]> {
  if (!can(viewer.role, "candidates.merge")) return [];
  return findInOrganization(viewer.organizationId, candidateId);
}
