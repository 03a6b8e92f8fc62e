import "server-only";
import { db } from "@/db/client";
import { insertScorecard, insertScorecardSubmittedEvent, lockScorecard, updateScorecard, type ScorecardSnapshot } from "@/db/queries/scorecards";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { unknownAttributeErrors, type ScorecardValues } from "@/lib/validation/scorecard";
import { findInterviewForParticipant } from "@/server/interviews/find-participant-interview";

/**
 * Saves the member's scorecard as a draft, or submits it. Only the interview's interviewers (on the job's
 * team) reach it. `values.version` must match the stored version, so two tabs cannot overwrite each other.
 * A submitted scorecard is changed only by submitting again; the earlier version goes into `history`.
 */
export async function saveScorecard(actor: Viewer, values: ScorecardValues, { submit }: { submit: boolean }, now = new Date()) {
  assertCan(actor, "scorecards.submit");
  return db().transaction(async (tx) => {
    const interview = await findInterviewForParticipant(actor, values.interviewId, tx);
    if (!interview) throw new AppError("NOT_FOUND", "This interview does not exist or you are not one of its interviewers.");
    const unknown = unknownAttributeErrors(values.ratings, interview.template);
    if (Object.keys(unknown).length > 0) throw new AppError("VALIDATION", VALIDATION_MESSAGE, unknown);
    if (submit && !values.overall) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { overall: ["Choose an overall recommendation"] });

    const existing = await lockScorecard(tx, interview.id, actor.userId);
    if ((existing?.version ?? 0) !== values.version) {
      throw new AppError("STALE_VERSION", "This scorecard was changed in another window. Reload the page to see the latest version.");
    }
    if (!submit && existing?.status === "submitted") {
      throw new AppError("CONFLICT", "This scorecard is already submitted. Use “Update scorecard” to change it.");
    }
    const content = {
      ratings: values.ratings,
      overall: values.overall,
      keyTakeaways: values.keyTakeaways.trim() || null,
      privateNotes: values.privateNotes.trim() || null,
    };
    const history = (existing?.history ?? []) as ScorecardSnapshot[];
    const resubmitted = submit && existing?.status === "submitted";
    const submission = submit
      ? {
          status: "submitted" as const,
          submittedAt: now,
          history: resubmitted
            ? [
                ...history,
                {
                  version: existing.version,
                  ratings: existing.ratings,
                  overall: existing.overall,
                  keyTakeaways: existing.keyTakeaways,
                  privateNotes: existing.privateNotes,
                  submittedAt: existing.submittedAt?.toISOString() ?? null,
                } satisfies ScorecardSnapshot,
              ]
            : history,
        }
      : {};
    const saved = existing
      ? await updateScorecard(tx, existing.id, { ...content, ...submission, version: existing.version + 1 })
      : await insertScorecard(tx, {
          organizationId: actor.organizationId,
          interviewId: interview.id,
          applicationId: interview.application.id,
          authorUserId: actor.userId,
          ...content,
          ...submission,
        });
    if (!saved) throw new Error("scorecard not saved");
    if (submit) {
      await insertScorecardSubmittedEvent(tx, {
        organizationId: actor.organizationId,
        applicationId: interview.application.id,
        actorUserId: actor.userId,
        interviewId: interview.id,
        scorecardId: saved.id,
        resubmitted,
      });
    }
    return saved;
  });
}

/** Autosave: keeps the interviewer's draft. Refused once the scorecard is submitted (submit again to change it). */
export function saveScorecardDraft(actor: Viewer, values: ScorecardValues) {
  return saveScorecard(actor, values, { submit: false });
}

/** Submits (or resubmits, keeping the previous version) the interviewer's scorecard. */
export function submitScorecard(actor: Viewer, values: ScorecardValues) {
  return saveScorecard(actor, values, { submit: true });
}
