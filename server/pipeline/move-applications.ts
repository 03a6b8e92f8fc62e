import "server-only";
import type { Transaction } from "@/db/client";
import { insertApplicationEvents, moveApplicationRows, type NewApplicationEvent } from "@/db/queries/pipeline-applications";
import { findJobStage, REVEALING_KINDS, type PipelineJob } from "@/db/queries/pipeline-board";
import { actingApiKeyId, actingUserId, type Viewer } from "@/lib/auth/viewer";
import type { ChangedApplication } from "@/lib/board/types";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { WebhookEvent } from "@/lib/webhooks/events";
import type { MoveApplicationsInput, UndoMoveInput } from "@/lib/validation/pipeline";
import { assertCardsCurrent, assertCardsWritten, boardTransaction, requirePipelineJob } from "./cards";

/**
 * Moves one or more cards to a stage, all or none: a card someone else changed since the client read
 * it fails the whole move with "changed by someone else". Whatever the number of cards, the same six
 * statements: BEGIN, the job, the stage, one UPDATE of every card, one INSERT of every event, COMMIT.
 */
export async function moveApplications(actor: Viewer, input: MoveApplicationsInput): Promise<ChangedApplication[]> {
  return boardTransaction(async (tx) => {
    const job = await requirePipelineJob(tx, actor, input.jobId);
    assertCan(actor, "pipeline.move", job);
    return moveCards(tx, actor, job, input.toStageId, input.applications);
  });
}

/**
 * Undo of a bulk move whose cards came from several stages: each card back to the stage it came from,
 * all or none, in ONE transaction. Every card must still be at the version the move left it at; one
 * that someone changed since refuses the whole undo, and no card moves.
 */
export async function undoMoveApplications(actor: Viewer, input: UndoMoveInput): Promise<ChangedApplication[]> {
  return boardTransaction(async (tx) => {
    const job = await requirePipelineJob(tx, actor, input.jobId);
    assertCan(actor, "pipeline.move", job);
    const moved: ChangedApplication[] = [];
    for (const back of input.moves) moved.push(...(await moveCards(tx, actor, job, back.toStageId, back.applications)));
    return moved;
  });
}

/** Moves the cards to the stage inside the caller's transaction; throws (rolling it back) unless every card can move. */
async function moveCards(tx: Transaction, actor: Viewer, job: PipelineJob, toStageId: string, applications: ChangedApplication[]): Promise<ChangedApplication[]> {
  const stage = await findJobStage(tx, actor.organizationId, toStageId);
  if (!stage || stage.jobId !== job.id) throw new AppError("CONFLICT", "That stage is not part of this job's pipeline.");
  if (stage.archived) throw new AppError("CONFLICT", "That stage has been removed from this job's pipeline.");

  const status = stage.kind === "hired" ? "hired" : "active";
  // Offer reveals who an anonymised candidate is; on a job without anonymised review nothing was hidden,
  // so nothing is revealed and no reveal is recorded.
  const revealIdentity = job.anonymizedReview && REVEALING_KINDS.includes(stage.kind);
  const cards = await moveApplicationRows(tx, {
    organizationId: actor.organizationId,
    jobId: job.id,
    cards: applications,
    toStageId: stage.id,
    status,
    revealIdentity,
  });
  assertCardsCurrent(cards);
  // A hired applicant may only leave the Hired stage (which makes them active again); others need restoring first.
  if (cards.some((card) => card.status === "rejected" || card.status === "withdrawn" || (card.status === "hired" && card.stageKind !== "hired"))) {
    throw new AppError("CONFLICT", "Restore this applicant before moving them.");
  }
  const moving = cards.filter((card) => card.stageId !== stage.id);
  assertCardsWritten(moving);

  const events: NewApplicationEvent[] = moving.flatMap((card) => [
    { applicationId: card.applicationId, type: "moved" as const, fromStageId: card.stageId, toStageId: stage.id },
    ...(revealIdentity && !card.identityRevealedAt ? [{ applicationId: card.applicationId, type: "identity_revealed" as const, data: { reason: "reached_offer" } }] : []),
    ...(status === "hired" && card.status !== "hired" ? [{ applicationId: card.applicationId, type: "hired" as const, toStageId: stage.id }] : []),
  ]);
  const webhooks = moving.flatMap((card): WebhookEvent[] => [
    { type: "application.stage_changed", data: { application_id: card.applicationId, job_id: job.id, from_stage_id: card.stageId, to_stage_id: stage.id } },
    ...(status === "hired" && card.status !== "hired"
      ? [{ type: "candidate.hired" as const, data: { candidate_id: card.candidateId, application_id: card.applicationId, job_id: job.id } }]
      : []),
  ]);
  await insertApplicationEvents(tx, { organizationId: actor.organizationId, actorUserId: actingUserId(actor), actorApiKeyId: actingApiKeyId(actor), events, webhooks });
  return cards.map((card) => ({ applicationId: card.applicationId, version: card.newVersion ?? card.seenVersion }));
}
