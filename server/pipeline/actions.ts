"use server";

import { memberAction } from "@/server/action";
import {
  loadStageCardsSchema,
  moveApplicationsSchema,
  rejectApplicationsSchema,
  restoreApplicationsSchema,
  undoMoveSchema,
} from "@/lib/validation/pipeline";
import { loadStageCards } from "./board";
import { moveApplications, undoMoveApplications } from "./move-applications";
import { rejectApplications } from "./reject-applications";
import { restoreApplications } from "./restore-applications";

// The board's actions live here, not beside the route: components/pipeline/board.tsx calls them.

/** Moves one or more applicants to a stage; every card carries the version it was read at. */
export const moveApplicationsAction = memberAction("pipeline.move", moveApplicationsSchema, (input, member) => moveApplications(member, input));

/** Undo of a move: every card back to the stage it came from, all or none, refused if any changed since. */
export const undoMoveApplicationsAction = memberAction("pipeline.move", undoMoveSchema, (input, member) => undoMoveApplications(member, input));

/** Rejects with a reason, queueing the rejection email behind a short undo window. */
export const rejectApplicationsAction = memberAction("pipeline.move", rejectApplicationsSchema, (input, member) => rejectApplications(member, input));

/** Undo of a rejection, and restoring from the archive: back on the board, pending rejection email withdrawn. */
export const restoreApplicationsAction = memberAction("pipeline.move", restoreApplicationsSchema, (input, member) => restoreApplications(member, input));

/** The next page of one column ("Show more"); read-only, so anyone who can see the board may call it. */
export const loadStageCardsAction = memberAction("jobs.read", loadStageCardsSchema, (input, member) => loadStageCards(member, input));
