import "server-only";
import { unstable_cache } from "next/cache";
import { findPublicJob, getPublicOrganization, listOpenJobs, listQuestions, type PublicQuestion } from "@/db/queries/careers";
import { careersTag } from "@/lib/careers/cache-tags";
import { env } from "@/lib/env";
import { type Board, type BoardContext, toBoard } from "@/lib/public-api/board";

// Reads for the public APIs go through Next's data cache, tagged like the careers pages, so one
// revalidateTag(careersTag(slug)) after a job changes refreshes both.
const REVALIDATE_SECONDS = 60;

class UnknownBoard extends Error {}

/** An organisation's open jobs, ready for the API shapes; null when there is no such organisation. */
export async function loadBoard(orgSlug: string): Promise<Board | null> {
  if (orgSlug.length === 0 || orgSlug.length > 100) return null;
  try {
    return await unstable_cache(
      async () => {
        const organization = await getPublicOrganization(orgSlug);
        // Thrown rather than returned: failures are not cached, so requests for made-up names cannot fill the cache.
        if (!organization) throw new UnknownBoard();
        return toBoard(organization, await listOpenJobs(organization.id));
      },
      ["public-board", orgSlug],
      { tags: [careersTag(orgSlug)], revalidate: REVALIDATE_SECONDS },
    )();
  } catch (error) {
    if (error instanceof UnknownBoard) return null;
    throw error;
  }
}

/**
 * The questions of a job already found on the board (so only real jobs get cache entries). Looked up
 * again by public number, so the answer always matches the database even if the board is older.
 */
export function loadQuestions(orgSlug: string, publicId: number): Promise<PublicQuestion[]> {
  return unstable_cache(
    async () => {
      const organization = await getPublicOrganization(orgSlug);
      const found = organization ? await findPublicJob(organization.id, { publicId }) : null;
      if (!organization || !found || found.closed) return [];
      return listQuestions(organization.id, found.job.id);
    },
    ["public-questions", orgSlug, String(publicId)],
    { tags: [careersTag(orgSlug)], revalidate: REVALIDATE_SECONDS },
  )();
}

export function boardContext(board: Board): BoardContext {
  return { appUrl: env().APP_URL, organization: board.organization };
}
