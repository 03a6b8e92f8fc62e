import type { JobTeamRole, MemberRole, OfferApproverRole, OfferStatus } from "@/lib/enums";
import { canOnJob } from "@/lib/permissions";

/** The role whose approval the offer waits for: its chain's current step, while it is pending approval. */
export function waitingFor(offer: { status: OfferStatus; approvers: OfferApproverRole[]; approvalStep: number }): OfferApproverRole | null {
  return offer.status === "pending_approval" ? (offer.approvers[offer.approvalStep] ?? null) : null;
}

/**
 * Whether the actor decides the step that waits for `role`: the hiring manager's step belongs to the
 * job's hiring manager (on its hiring team), any other step to a member with that organisation role.
 */
export function decidesStep(actor: { role: MemberRole }, teamRole: JobTeamRole | null, role: OfferApproverRole): boolean {
  return role === "hiring_manager" ? teamRole === "hiring_manager" : actor.role === role;
}

/**
 * "My step": the offer waits for a step this member decides, on a job where they may approve offers.
 * The application page's approval form and the Hiring overview's "waiting for your approval" both ask this.
 */
export function isViewersStep(viewer: { role: MemberRole }, teamRole: JobTeamRole | null, step: OfferApproverRole | null): boolean {
  return step !== null && canOnJob(viewer.role, "offers.approve", { teamRole }) && decidesStep(viewer, teamRole, step);
}
