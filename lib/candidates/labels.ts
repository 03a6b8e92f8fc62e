import type { ApplicationStatus, StageKind } from "@/lib/enums";

/** Stage kinds as the search filter names them (each job names its own stages; the kinds are shared). */
export const stageKindLabels: Record<StageKind, string> = {
  applied: "Applied",
  screen: "Screen",
  interview: "Interview",
  offer: "Offer",
  hired: "Hired",
};

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  active: "Active",
  rejected: "Rejected",
  withdrawn: "Withdrawn",
  hired: "Hired",
};
