import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import type { JobTeamRole } from "@/lib/enums";
import { can, canOnJob, seesAllJobs } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { candidateAlias, hidesIdentity, type IdentityContext } from "@/lib/review/identity";
import type { Decision } from "@/lib/validation/review";
import { db, type Executor } from "../client";
import { applicationEvents, applications, candidates, jobMembers, jobStages, jobs, users, type StageKind } from "../schema";
import { onViewersTeam } from "./visibility";

/** How a member sees the candidate: their name, or the alias while anonymised review hides it from them. */
export function candidateLabel(viewer: Pick<Viewer, "role">, row: IdentityContext & { applicationId: string; candidateName: string }) {
  return hidesIdentity(viewer, row) ? candidateAlias(row.applicationId) : row.candidateName;
}

/** Who may record the offer decision: admins, and hiring managers on the job's team (by organisation role or team role). */
export function canRecordDecision(viewer: Pick<Viewer, "role">, teamRole: string | null): boolean {
  return canOnJob(viewer.role, "offers.decide", { teamRole: teamRole as JobTeamRole | null });
}

/** One application the viewer may see (same organisation, on their team), with what the review rules need. */
async function findReviewedApplication(executor: Executor, viewer: Viewer, applicationId: string, { lock = false } = {}) {
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
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, applications.jobId), eq(jobMembers.userId, viewer.userId)))
    .where(
      and(
        eq(applications.id, applicationId),
        eq(applications.organizationId, viewer.organizationId),
        onViewersTeam(viewer, applications.jobId),
      ),
    )
    .limit(1);
  const [row] = lock ? await query.for("update", { of: applications }) : await query;
  return row ?? null;
}

const notFound = () => new AppError("NOT_FOUND", "That application doesn't exist, or you don't have access to it.");

async function listEvents(applicationId: string, type: "identity_revealed" | "decision_recorded") {
  return db()
    .select({ id: applicationEvents.id, actorName: users.name, data: applicationEvents.data, createdAt: applicationEvents.createdAt })
    .from(applicationEvents)
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.type, type)))
    .orderBy(desc(applicationEvents.createdAt), desc(applicationEvents.id));
}

export type IdentityStatus =
  | { state: "not_anonymised" }
  | { state: "hidden" }
  | { state: "revealed"; by: string | null; at: Date }
  | { state: "revealed_at_offer" };

export type RecordedDecision = { id: string; decision: Decision; comment: string | null; by: string | null; at: Date };

const isOfferOrLater = (kind: StageKind) => kind === "offer" || kind === "hired";

/**
 * What the review panel of an application shows this viewer, or null when they may not see the
 * application. The candidate's name is in it only when the viewer may see who the candidate is.
 */
export async function getApplicationReview(viewer: Viewer, applicationId: string) {
  const row = await findReviewedApplication(db(), viewer, applicationId);
  if (!row) return null;
  const [reveals, decisionEvents] = await Promise.all([
    row.anonymizedReview ? listEvents(applicationId, "identity_revealed") : [],
    listEvents(applicationId, "decision_recorded"),
  ]);
  const reveal = reveals[0];
  const identity: IdentityStatus = !row.anonymizedReview
    ? { state: "not_anonymised" }
    : row.identityRevealedAt
      ? { state: "revealed", by: reveal?.actorName ?? null, at: reveal?.createdAt ?? row.identityRevealedAt }
      : isOfferOrLater(row.stageKind)
        ? { state: "revealed_at_offer" }
        : { state: "hidden" };
  const decisions: RecordedDecision[] = decisionEvents.map((event) => ({
    id: event.id,
    decision: event.data.decision === "decline" ? "decline" : "approve",
    comment: typeof event.data.comment === "string" ? event.data.comment : null,
    by: event.actorName,
    at: event.createdAt,
  }));
  const atOffer = row.stageKind === "offer" && row.status === "active";
  return {
    applicationId: row.applicationId,
    jobId: row.jobId,
    jobTitle: row.jobTitle,
    stageName: row.stageName,
    candidate: candidateLabel(viewer, row),
    identityHidden: hidesIdentity(viewer, row),
    identity,
    atOffer,
    decisions,
    /** At Offer with no decision since it got there. */
    awaitingDecision: atOffer && !decisions.some((d) => d.at >= row.stageEnteredAt),
    canReveal: seesAllJobs(viewer.role) && identity.state === "hidden",
    canDecide: atOffer && canRecordDecision(viewer, row.teamRole),
  };
}

export type ApplicationReviewData = NonNullable<Awaited<ReturnType<typeof getApplicationReview>>>;

/**
 * A recruiter or admin shows the hiring team who an anonymised candidate is. Once, recorded with who
 * and when; the conditional update makes two concurrent reveals record one event.
 */
export async function revealIdentity(viewer: Viewer, applicationId: string): Promise<{ revealedAt: Date }> {
  if (!seesAllJobs(viewer.role)) {
    throw new AppError("FORBIDDEN", "Only admins and recruiters can reveal a candidate's identity.");
  }
  return db().transaction(async (tx) => {
    const row = await findReviewedApplication(tx, viewer, applicationId, { lock: true });
    if (!row) throw notFound();
    if (!row.anonymizedReview) {
      throw new AppError("CONFLICT", "This job doesn't use anonymised review: the hiring team already sees who the candidate is.");
    }
    if (row.identityRevealedAt) {
      throw new AppError("CONFLICT", `This candidate's identity was already revealed on ${formatDateTime(row.identityRevealedAt)}.`);
    }
    // now() is the transaction's start: the column and the event carry the same instant.
    const [revealed] = await tx
      .update(applications)
      .set({ identityRevealedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${applications.version} + 1` })
      .where(and(eq(applications.id, applicationId), eq(applications.organizationId, viewer.organizationId)))
      .returning({ revealedAt: applications.identityRevealedAt });
    await tx.insert(applicationEvents).values({
      organizationId: viewer.organizationId,
      applicationId,
      type: "identity_revealed",
      actorUserId: viewer.userId,
    });
    const revealedAt = revealed?.revealedAt;
    if (!revealedAt) throw new Error("reveal updated no row");
    return { revealedAt };
  });
}

const closedStatusWords = { rejected: "was rejected", withdrawn: "was withdrawn", hired: "is already hired" } as const;

/** The hiring manager approves or declines the offer of an application at the Offer stage. */
export async function recordDecision(viewer: Viewer, input: { applicationId: string; decision: Decision; comment?: string }): Promise<{ recordedAt: Date }> {
  if (!can(viewer.role, "offers.decide")) {
    throw new AppError("FORBIDDEN", "Only the hiring manager or an admin can record the offer decision.");
  }
  return db().transaction(async (tx) => {
    // Locked so a concurrent move out of Offer or rejection can't slip between the check and the record.
    const row = await findReviewedApplication(tx, viewer, input.applicationId, { lock: true });
    if (!row) throw notFound();
    if (!canRecordDecision(viewer, row.teamRole)) {
      throw new AppError("FORBIDDEN", "Only the hiring manager or an admin can record the offer decision.");
    }
    if (row.status !== "active") {
      throw new AppError("CONFLICT", `This application ${closedStatusWords[row.status]}: there is no offer to decide on.`);
    }
    if (row.stageKind !== "offer") {
      throw new AppError("CONFLICT", `The offer decision is recorded at the Offer stage; this application is at ${row.stageName}.`);
    }
    const [event] = await tx
      .insert(applicationEvents)
      .values({
        organizationId: viewer.organizationId,
        applicationId: input.applicationId,
        type: "decision_recorded",
        actorUserId: viewer.userId,
        data: { decision: input.decision, comment: input.comment ?? null },
      })
      .returning({ recordedAt: applicationEvents.createdAt });
    if (!event) throw new Error("decision insert returned no row");
    const recordedAt = event.recordedAt;
    return { recordedAt };
  });
}
