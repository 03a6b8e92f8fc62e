import type { ApplicationStatus, StageKind } from "@/lib/enums";

/** One applicant on the board, as the browser gets it: nothing it may not show to this viewer. */
export type BoardCard = {
  applicationId: string;
  version: number;
  /** The candidate's name, or their alias when the viewer may not see who they are. */
  displayName: string;
  source: string | null;
  daysInStage: number;
  /** Submitted scorecards; null when there are none. */
  scorecards: { submitted: number; tally?: Record<"strong_yes" | "yes" | "no" | "strong_no", number> } | null;
};

/** Where the next page of a column starts: the last card's (stage_entered_at, id). */
export type BoardCursor = { enteredAt: string; id: string };

export type BoardStage = { id: string; name: string; kind: StageKind };

export type BoardColumn = {
  stage: BoardStage;
  total: number;
  cards: BoardCard[];
  nextCursor: BoardCursor | null;
};

export type BoardFilters = { q?: string; source?: string; from?: string; to?: string };

/** The job behind a board, as the board needs it. */
export type BoardJob = { id: string; title: string; anonymizedReview: boolean };

/** One rejected or withdrawn applicant in the job's archive, as the browser gets it. */
export type ArchivedApplication = {
  applicationId: string;
  version: number;
  displayName: string;
  status: ApplicationStatus;
  reason: string | null;
  stageName: string;
  updatedAt: Date;
};

/** What a board change returns for each card: its version now. */
export type ChangedApplication = { applicationId: string; version: number };

/** One application as its stage actions (Move to…, Reject) on the application page and the profile need it. */
export type ApplicationStage = {
  jobId: string;
  applicationId: string;
  version: number;
  stageId: string;
  stageName: string;
  status: ApplicationStatus;
  /** The job's live stages, in board order. */
  stages: BoardStage[];
  /** Whether this member may move and reject applicants on this job. */
  canMove: boolean;
  rejectionReasons: string[];
  rejectionEmailSubject: string;
};

/** The applicant before or after another in their stage, in board order. */
export type ApplicationNeighbour = { applicationId: string; displayName: string };
