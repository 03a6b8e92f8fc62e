"use server";

import { loadStageCards, moveApplications, rejectApplications, restoreApplications } from "@/db/queries/pipeline";
import { memberAction } from "@/lib/action";
import {
  loadStageCardsSchema,
  moveApplicationsSchema,
  rejectApplicationsSchema,
  restoreApplicationsSchema,
} from "@/lib/validation/pipeline";

const editors = ["admin", "recruiter"] as const;

/** Moves one or more applicants to a stage; every card carries the version it was read at. */
export const moveApplicationsAction = memberAction(editors, moveApplicationsSchema, (input, member) => moveApplications(member, input));

/** Rejects with a reason, queueing the rejection email behind a short undo window. */
export const rejectApplicationsAction = memberAction(editors, rejectApplicationsSchema, (input, member) => rejectApplications(member, input));

/** Undo of a rejection, and restoring from the archive: back on the board, pending rejection email withdrawn. */
export const restoreApplicationsAction = memberAction(editors, restoreApplicationsSchema, (input, member) => restoreApplications(member, input));

/** The next page of one column ("Show more"); read-only, so anyone who can see the board may call it. */
export const loadStageCardsAction = memberAction("any", loadStageCardsSchema, (input, member) => loadStageCards(member, input));
