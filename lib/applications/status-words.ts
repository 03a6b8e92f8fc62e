import type { ApplicationStatus, StageKind } from "@/lib/enums";

/** How an application's state reads to the candidate: plain words, no internal stage names. */
export function candidateFacingStatus(status: ApplicationStatus, stage: StageKind): string {
  if (status === "rejected") return "Not moving forward";
  if (status === "withdrawn") return "Withdrawn";
  if (status === "hired" || stage === "hired") return "Hired";
  return { applied: "Applied", screen: "Under review", interview: "Interviewing", offer: "Offer stage", hired: "Hired" }[stage];
}
