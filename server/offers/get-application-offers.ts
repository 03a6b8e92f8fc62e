import "server-only";
import { db } from "@/db/client";
import { findHiredStage, listApplicationOffers } from "@/db/queries/offers";
import { findApplicationInScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { isViewersStep, waitingFor } from "@/lib/offers/approval-step";
import { canOnJob, jobScope } from "@/lib/permissions";

/**
 * What the application page's Offer section shows the viewer: null when they may not see offers on this
 * job (interviewers, hiring managers off its team). Each pending offer says whether the viewer decides
 * its current step; an accepted one carries the Hired stage for the one-click move.
 */
export async function getApplicationOffers(viewer: Viewer, applicationId: string) {
  const application = await findApplicationInScope(db(), jobScope(viewer, "offers.read"), applicationId);
  if (!application || !canOnJob(viewer.role, "offers.read", { teamRole: application.teamRole })) return null;
  const offers = await listApplicationOffers(db(), viewer.organizationId, applicationId);
  const hiredStage = offers.some((offer) => offer.status === "accepted") ? await findHiredStage(db(), viewer.organizationId, application.jobId) : null;
  return {
    application,
    canManage: canOnJob(viewer.role, "offers.manage", { teamRole: application.teamRole }),
    canMove: canOnJob(viewer.role, "pipeline.move", { teamRole: application.teamRole }),
    hiredStage,
    offers: offers.map((offer) => {
      const step = waitingFor(offer);
      return { ...offer, waitingFor: step, viewerDecides: isViewersStep(viewer, application.teamRole, step) };
    }),
  };
}

export type ApplicationOffers = NonNullable<Awaited<ReturnType<typeof getApplicationOffers>>>;
export type ApplicationOffer = ApplicationOffers["offers"][number];
