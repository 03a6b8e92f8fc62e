import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Decision } from "@/lib/validation/review";
import { db, type Executor } from "../client";
import { applicationEvents, applications, candidates, jobMembers, jobStages, jobs, users } from "../schema";
import { inJobScope, type JobScope } from "./visibility";

/**
 * One application inside the scope (same organisation, on the team when the scope says so), with what
 * the review rules need: its state, the job's anonymised review and the scope's member's role on the
 * job's hiring team. `lock` holds the application row until the transaction ends.
 */
export async function findReviewedApplication(executor: Executor, scope: JobScope, applicationId: string, { lock = false } = {}) {
  const query = executor
    .select({
      applicationId: applications.id,
      status: applications.status,
      stageEnteredAt: applications.stageEnteredAt,
      identityRevealedAt: applications.identityRevealedAt,
      anonymizedReview: jobs.anonymizedReview,
      jobId: jobs.id,
      jobTitle: jobs.title,
      stageName: jobStages.name,
      stageKind: jobStages.kind,
      candidateName: candidates.name,
      teamRole: jobMembers.role,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, applications.jobId), eq(jobMembers.userId, scope.userId)))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, scope.organizationId), inJobScope(scope, applications.jobId)))
    .limit(1);
  const [row] = lock ? await query.for("update", { of: applications }) : await query;
  return row ?? null;
}

export type ReviewedApplication = NonNullable<Awaited<ReturnType<typeof findReviewedApplication>>>;

/** The application's reveal or decision events, newest first, with who recorded them. */
export async function listReviewEvents(applicationId: string, type: "identity_revealed" | "decision_recorded") {
  return db()
    .select({ id: applicationEvents.id, actorName: users.name, data: applicationEvents.data, createdAt: applicationEvents.createdAt })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.type, type)))
    .orderBy(desc(applicationEvents.createdAt), desc(applicationEvents.id));
}

/** Marks the application's identity revealed, with an identity_revealed event by the member; returns the instant. */
export async function markIdentityRevealed(tx: Executor, organizationId: string, applicationId: string, actorUserId: string): Promise<Date> {
  // now() is the transaction's start: the column and the event carry the same instant.
  const [revealed] = await tx
    .update(applications)
    .set({ identityRevealedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)))
    .returning({ revealedAt: applications.identityRevealedAt });
  await tx.insert(applicationEvents).values({ organizationId, applicationId, type: "identity_revealed", actorUserId });
  const revealedAt = revealed?.revealedAt;
  if (!revealedAt) throw new Error("reveal updated no row");
  return revealedAt;
}

/** Records the offer decision as a decision_recorded event; returns when it was recorded. */
export async function insertDecision(
  tx: Executor,
  decision: { organizationId: string; applicationId: string; actorUserId: string; decision: Decision; comment: string | null },
): Promise<Date> {
  const [event] = await tx
    .insert(applicationEvents)
    .values({
      organizationId: decision.organizationId,
      applicationId: decision.applicationId,
      type: "decision_recorded",
      actorUserId: decision.actorUserId,
      data: { decision: decision.decision, comment: decision.comment },
    })
    .returning({ recordedAt: applicationEvents.createdAt });
  if (!event) throw new Error("decision insert returned no row");
  return event.recordedAt;
}
