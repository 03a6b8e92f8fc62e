import "server-only";
import { db } from "@/db/client";
import { findReviewedApplication, listReviewEvents } from "@/db/queries/review";
import type { Viewer } from "@/lib/auth/viewer";
import type { JobTeamRole, StageKind } from "@/lib/enums";
import { can, canOnJob, jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";
import { hidesIdentity } from "@/lib/review/identity";
import type { Decision } from "@/lib/validation/review";

export type IdentityStatus =
  | { state: "not_anonymised" }
  | { state: "hidden" }
  | { state: "revealed"; by: string | null; at: Date }
  | { state: "revealed_at_offer" };

export type RecordedDecision = { id: string; decision: Decision; comment: string | null; by: string | null; at: Date };

const isOfferOrLater = (kind: StageKind) => kind === "offer" || kind === "hired";

/** Whether the member may record the offer decision on a job where their hiring-team role is `teamRole`. */
export function mayRecordDecision(viewer: Pick<Viewer, "role">, teamRole: JobTeamRole | null): boolean {
  return canOnJob(viewer.role, "offers.decide", { teamRole });
}

/**
 * What the review panel of an application shows this member, or null when they may not see the
 * application. The candidate's name is in it only when the member may see who the candidate is.
 */
export async function getApplicationReview(viewer: Viewer, applicationId: string) {
  const row = await findReviewedApplication(db(), jobScope(viewer), applicationId);
  if (!row) return null;
  const [reveals, decisionEvents] = await Promise.all([
    row.anonymizedReview ? listReviewEvents(applicationId, "identity_revealed") : [],
    listReviewEvents(applicationId, "decision_recorded"),
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
    candidate: candidateLabel(viewer, { ...row, id: row.applicationId }),
    identityHidden: hidesIdentity(viewer, row),
    identity,
    atOffer,
    decisions,
    /** At Offer with no decision since it got there. */
    awaitingDecision: atOffer && !decisions.some((d) => d.at >= row.stageEnteredAt),
    canReveal: can(viewer.role, "identity.reveal") && identity.state === "hidden",
    canDecide: atOffer && mayRecordDecision(viewer, row.teamRole),
  };
}

export type ApplicationReviewData = NonNullable<Awaited<ReturnType<typeof getApplicationReview>>>;
