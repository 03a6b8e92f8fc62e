import "server-only";
import { db } from "@/db/client";
import { findReviewedApplication, insertDecision } from "@/db/queries/review";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { can, jobScope } from "@/lib/permissions";
import type { Decision } from "@/lib/validation/review";
import { mayRecordDecision } from "./get-application-review";
import { applicationNotFound } from "./not-found";

const notTheDecider = () => new AppError("FORBIDDEN", "Only the hiring manager or an admin can record the offer decision.");

const closedStatusWords = { rejected: "was rejected", withdrawn: "was withdrawn", hired: "is already hired" } as const;

/** The hiring manager (or an admin) approves or declines the offer of an application at the Offer stage. */
export async function recordDecision(actor: Viewer, input: { applicationId: string; decision: Decision; comment?: string }): Promise<{ recordedAt: Date }> {
  if (!can(actor.role, "offers.decide")) throw notTheDecider();
  return db().transaction(async (tx) => {
    // Locked so a concurrent move out of Offer or rejection can't slip between the check and the record.
    const row = await findReviewedApplication(tx, jobScope(actor), input.applicationId, { lock: true });
    if (!row) throw applicationNotFound();
    // Whether the member decides depends on their role on this job's hiring team.
    if (!mayRecordDecision(actor, row.teamRole)) throw notTheDecider();
    if (row.status !== "active") {
      throw new AppError("CONFLICT", `This application ${closedStatusWords[row.status]}: there is no offer to decide on.`);
    }
    if (row.stageKind !== "offer") {
      throw new AppError("CONFLICT", `The offer decision is recorded at the Offer stage; this application is at ${row.stageName}.`);
    }
    const recordedAt = await insertDecision(tx, {
      organizationId: actor.organizationId,
      applicationId: input.applicationId,
      actorUserId: actor.userId,
      decision: input.decision,
      comment: input.comment ?? null,
    });
    return { recordedAt };
  });
}
