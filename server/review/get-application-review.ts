import "server-only";
import { db } from "@/db/client";
import { listReviewEvents } from "@/db/queries/review";
import { findApplicationInScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import type { StageKind } from "@/lib/enums";
import { can, canOnJob, jobScope } from "@/lib/permissions";
import { candidateLabel } from "@/lib/review/candidate-label";
import { hidesIdentity } from "@/lib/review/identity";

export type IdentityStatus =
  | { state: "not_anonymised" }
  | { state: "hidden" }
  | { state: "revealed"; by: string | null; at: Date }
  | { state: "revealed_at_offer" };

/**
 * An offer decision recorded before offers had their own approval chain (a decision_recorded event):
 * no longer made, still shown, read-only, so the application's past stays whole.
 */
export type EarlierDecision = { id: string; decision: "approve" | "decline"; comment: string | null; by: string | null; at: Date };

const isOfferOrLater = (kind: StageKind) => kind === "offer" || kind === "hired";

/**
 * What the review panel of an application shows this member, or null when they may not see the
 * application. The candidate's name is in it only when the member may see who the candidate is; the
 * earlier offer decisions only to those who may see the job's offers.
 */
export async function getApplicationReview(viewer: Viewer, applicationId: string) {
  const row = await findApplicationInScope(db(), jobScope(viewer), applicationId);
  if (!row) return null;
  const seesOffers = canOnJob(viewer.role, "offers.read", { teamRole: row.teamRole });
  const [reveals, decisionEvents] = await Promise.all([
    row.anonymizedReview ? listReviewEvents(applicationId, "identity_revealed") : [],
    seesOffers ? listReviewEvents(applicationId, "decision_recorded") : [],
  ]);
  const reveal = reveals[0];
  const identity: IdentityStatus = !row.anonymizedReview
    ? { state: "not_anonymised" }
    : row.identityRevealedAt
      ? { state: "revealed", by: reveal?.actorName ?? null, at: reveal?.createdAt ?? row.identityRevealedAt }
      : isOfferOrLater(row.stageKind)
        ? { state: "revealed_at_offer" }
        : { state: "hidden" };
  const earlierDecisions: EarlierDecision[] = decisionEvents.map((event) => ({
    id: event.id,
    decision: event.data.decision === "decline" ? "decline" : "approve",
    comment: typeof event.data.comment === "string" ? event.data.comment : null,
    by: event.actorName,
    at: event.createdAt,
  }));
  return {
    applicationId: row.applicationId,
    jobId: row.jobId,
    candidate: candidateLabel(viewer, { ...row, id: row.applicationId }),
    identityHidden: hidesIdentity(viewer, row),
    identity,
    earlierDecisions,
    canReveal: can(viewer.role, "identity.reveal") && identity.state === "hidden",
  };
}

export type ApplicationReviewData = NonNullable<Awaited<ReturnType<typeof getApplicationReview>>>;
