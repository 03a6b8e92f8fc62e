import type { Viewer } from "@/lib/auth/viewer";

/**
 * Slot on the candidate profile for possible duplicates and merging.
 * Placeholder until the search and merge work lands; it renders nothing.
 */
export async function PossibleDuplicates(_props: { candidateId: string; viewer: Viewer }) {
  return null;
}
