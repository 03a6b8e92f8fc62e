import type { ApplicationStatus, StageKind } from "@/lib/enums";

/** How an application's state reads to the candidate: plain words, no internal stage names. */
export function candidateFacingStatus(status: ApplicationStatus, stage: StageKind): string {
  if (status === "rejected") return "Not moving forward";
  if (status === "withdrawn") return "Withdrawn";
  if (status === "hired" || stage === "hired") return "Hired";
  return { applied: "Applied", screen: "Under review", interview: "Interviewing", offer: "Offer stage", hired: "Hired" }[stage];
}

/** What the candidate can expect next, in one or two plain sentences; the organisation's name fills in "they". */
export function candidateNextStep(status: ApplicationStatus, stage: StageKind, organizationName: string): string {
  if (status === "rejected") return `${organizationName} decided not to move forward with this application. Thank you for your interest: you are welcome to apply for other positions.`;
  if (status === "withdrawn") return "You withdrew this application. Nothing more will happen with it.";
  if (status === "hired" || stage === "hired") return `Congratulations! ${organizationName} will be in touch about your start.`;
  return {
    applied: `The team at ${organizationName} will read your application. If they would like to talk, they will email you; this page shows each step.`,
    screen: `The team at ${organizationName} is reviewing your application. They will email you about next steps.`,
    interview: `You are in the interview stage. ${organizationName} will email you to arrange or follow up on interviews.`,
    offer: `${organizationName} is preparing an offer or waiting for your answer. They will be in touch by email.`,
  }[stage];
}
