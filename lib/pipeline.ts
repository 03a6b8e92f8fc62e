import type { StageKind } from "@/lib/enums";

/** Every new job starts with this pipeline. */
export const DEFAULT_STAGES: readonly { name: string; kind: StageKind }[] = [
  { name: "Applied", kind: "applied" },
  { name: "Screen", kind: "screen" },
  { name: "Interview", kind: "interview" },
  { name: "Offer", kind: "offer" },
  { name: "Hired", kind: "hired" },
];

export const DEFAULT_REJECTION_REASONS = [
  "Not enough relevant experience",
  "Skills don't match the role",
  "Position filled",
  "Compensation expectations",
  "Not authorised to work in the location",
  "Candidate withdrew interest",
  "Other",
] as const;
