import "server-only";
import type { Executor } from "@/db/client";
import { insertOfferNotifications, listStepApprovers } from "@/db/queries/offers";
import type { ApplicationInScope } from "@/db/queries/visibility";
import type { Offer } from "@/db/schema";
import type { OfferApproverRole } from "@/lib/enums";
import { stepDeciders } from "@/lib/offers/approval-step";

/** Asks the members who decide the step (`role`, as isViewersStep says) for their approval, in the app's notifications. */
export async function notifyApprovers(tx: Executor, offer: Pick<Offer, "id" | "organizationId">, application: ApplicationInScope, role: OfferApproverRole, actorUserId: string) {
  const approvers = await listStepApprovers(tx, offer.organizationId, application.jobId, stepDeciders(role));
  await insertOfferNotifications(
    tx,
    approvers
      .filter((approver) => approver.userId !== actorUserId)
      .map((approver) => ({
        organizationId: offer.organizationId,
        userId: approver.userId,
        type: "offer_approval_due" as const,
        actorUserId,
        candidateId: application.candidateId,
        data: { applicationId: application.applicationId, offerId: offer.id, excerpt: "" },
      })),
  );
}
