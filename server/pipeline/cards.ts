import "server-only";
import { db, type Executor, type Transaction } from "@/db/client";
import type { CardFacts } from "@/db/queries/pipeline-applications";
import { findPipelineJob, type PipelineJob } from "@/db/queries/pipeline-board";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { canOnJob } from "@/lib/permissions";

// What every change on the board shares: the job check, the messages a user sees when a card is no
// longer what they saw, and the transaction that makes a bulk change all or nothing.

export const STALE_MESSAGE = "This applicant was changed by someone else. The board now shows the latest.";

/** The job if the actor may see it: of their organisation, and on their hiring team unless their role sees every job. */
export async function requirePipelineJob(executor: Executor, actor: Viewer, jobId: string): Promise<PipelineJob> {
  const job = await findPipelineJob(executor, { organizationId: actor.organizationId, jobId, userId: actor.userId });
  if (!job || !canOnJob(actor.role, "jobs.read", job)) throw new AppError("NOT_FOUND", "This job doesn't exist, or you don't have access to it.");
  return job;
}

/** Refuses, for the first listed card that fails, a card that is not on the job or not at the version the client saw. */
export function assertCardsCurrent(facts: CardFacts[]): void {
  for (const card of facts) {
    if (card.currentVersion === null) throw new AppError("NOT_FOUND", "This applicant is not on this job any more.");
    if (card.currentVersion !== card.seenVersion) throw new AppError("STALE_VERSION", STALE_MESSAGE);
  }
}

/**
 * Refuses when a card the statement should have written was not: someone changed it between the
 * statement's snapshot and its write (two people moving the same card at once). The caller's
 * transaction then rolls back the cards that were written.
 */
export function assertCardsWritten(facts: CardFacts[]): void {
  if (facts.some((card) => card.newVersion === null)) throw new AppError("STALE_VERSION", STALE_MESSAGE);
}

/**
 * The transaction of a board change. Two bulk changes that share cards may lock them in opposite
 * orders; Postgres then aborts one, and its user is told the truth: someone else changed the cards.
 */
export async function boardTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db().transaction(work);
  } catch (error) {
    const code = postgresErrorCode(error);
    if (code === "40P01" || code === "40001") throw new AppError("STALE_VERSION", STALE_MESSAGE);
    throw error;
  }
}
