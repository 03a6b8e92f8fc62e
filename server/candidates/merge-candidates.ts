import "server-only";
import { db } from "@/db/client";
import { detailsOf, insertMerge, listSharedJobTitles, lockCandidates, moveCandidateRecords, retireMergedCandidate } from "@/db/queries/candidate-merges";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { MergeCandidatesInput } from "@/lib/validation/candidate-search";

/** What a merged record is called once emptied; its URL leads to the survivor. */
export const MERGED_CANDIDATE_NAME = "Merged candidate";

const quoteList = (titles: string[]) => titles.map((title) => `“${title}”`).join(", ");

export type MergeOutcome = { mergeId: string; survivorId: string; movedApplicationIds: string[] };

/**
 * Merges one candidate record into another, in one transaction: every application, note, file, status
 * link, notification and queued email of the merged record moves to the survivor; the merged record is
 * emptied and points at the survivor; candidate_merges keeps what it held and what moved; each moved
 * application gets a candidate_merged event. Refused, changing nothing, when the member may not merge,
 * for the same record twice, across organisations, for a merged or deleted record, and when both
 * applied to the same job (an application is unique per job and candidate).
 */
export async function mergeCandidates(actor: Viewer, input: Pick<MergeCandidatesInput, "survivorId" | "mergedId" | "keepDetailsOf">): Promise<MergeOutcome> {
  assertCan(actor, "candidates.merge");
  const { survivorId, mergedId, keepDetailsOf } = input;
  if (survivorId === mergedId) throw new AppError("CONFLICT", "A candidate can't be merged into itself.");

  return db().transaction(async (tx) => {
    const locked = await lockCandidates(tx, actor.organizationId, [survivorId, mergedId]);
    const survivor = locked.find((c) => c.id === survivorId);
    const merged = locked.find((c) => c.id === mergedId);
    if (!survivor || !merged) throw new AppError("NOT_FOUND", "One of these candidates doesn't exist or was removed.");
    for (const candidate of [survivor, merged]) {
      if (candidate.mergedIntoId) throw new AppError("CONFLICT", `${candidate.name} was already merged into another record.`);
      if (candidate.anonymizedAt) throw new AppError("CONFLICT", "A candidate whose data was deleted at their request can't be merged.");
    }

    const shared = await listSharedJobTitles(tx, survivorId, mergedId);
    if (shared.length) {
      throw new AppError(
        "CONFLICT",
        `Both candidates applied to ${quoteList(shared)}. A candidate can apply to a job only once, so these records can't be merged.`,
      );
    }

    const moved = await moveCandidateRecords(tx, actor.organizationId, mergedId, survivorId);
    await retireMergedCandidate(tx, {
      mergedId,
      survivorId,
      displayName: MERGED_CANDIDATE_NAME,
      survivorDetails: keepDetailsOf === "merged" ? detailsOf(merged) : null,
    });
    const mergeId = await insertMerge(tx, {
      organizationId: actor.organizationId,
      survivorId,
      mergedId,
      actorUserId: actor.userId,
      data: { merged: detailsOf(merged), survivorBefore: detailsOf(survivor), keptDetailsOf: keepDetailsOf, moved },
      movedApplicationIds: moved.applications,
    });
    return { mergeId, survivorId, movedApplicationIds: moved.applications };
  });
}
