import { jobTeamRoles, memberRoles, offerApproverRoles, type JobTeamRole, type MemberRole, type OfferApproverRole, type OfferStatus } from "@/lib/enums";
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
 * The application page's approval form, the Hiring overview's "waiting for your approval" and who is
 * notified for a step (`stepDeciders`) all ask this.
 */
export function isViewersStep(viewer: { role: MemberRole }, teamRole: JobTeamRole | null, step: OfferApproverRole | null): boolean {
  return step !== null && canOnJob(viewer.role, "offers.approve", { teamRole }) && decidesStep(viewer, teamRole, step);
}

/** Who decides a step, as SQL can select it: an organisation role and a place on the job's hiring team (none: null). */
export type StepDecider = { role: MemberRole; teamRole: JobTeamRole | null; step: OfferApproverRole };

// isViewersStep over every organisation role, place on the team and step (4 × 4 × 3): queries that pick
// approvers or steps in SQL take these rows, so they cannot disagree with the permission.
const deciders: StepDecider[] = memberRoles.flatMap((role) =>
  [null, ...jobTeamRoles].flatMap((teamRole) =>
    offerApproverRoles.filter((step) => isViewersStep({ role }, teamRole, step)).map((step) => ({ role, teamRole, step })),
  ),
);

/** The members who decide `step` on a job (whom to ask for their approval). */
export function stepDeciders(step: OfferApproverRole): StepDecider[] {
  return deciders.filter((decider) => decider.step === step);
}

/** The steps a member with this organisation role decides, by their place on the job's team (their "waiting for you"). */
export function stepsDecidedBy(role: MemberRole): StepDecider[] {
  return deciders.filter((decider) => decider.role === role);
}
