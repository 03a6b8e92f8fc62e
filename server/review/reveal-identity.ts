import "server-only";
import { db } from "@/db/client";
import { markIdentityRevealed } from "@/db/queries/review";
import { findApplicationInScope } from "@/db/queries/visibility";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { assertCan, jobScope } from "@/lib/permissions";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { applicationNotFound } from "./not-found";

/**
 * A member who may reveal identities shows the hiring team who an anonymised candidate is. Once,
 * recorded with who and when (and in the audit log); the locked read makes two concurrent reveals record one event.
 */
export async function revealIdentity(actor: Viewer & { email?: string; timeZone?: string }, applicationId: string): Promise<{ revealedAt: Date }> {
  assertCan(actor, "identity.reveal");
  return db().transaction(async (tx) => {
    const row = await findApplicationInScope(tx, jobScope(actor), applicationId, { lock: true });
    if (!row) throw applicationNotFound();
    if (!row.anonymizedReview) {
      throw new AppError("CONFLICT", "This job doesn't use anonymised review: the hiring team already sees who the candidate is.");
    }
    if (row.identityRevealedAt) {
      throw new AppError("CONFLICT", `This candidate's identity was already revealed on ${formatDateTime(row.identityRevealedAt, actor.timeZone)}.`);
    }
    const revealedAt = await markIdentityRevealed(tx, actor.organizationId, applicationId, actor.userId);
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "identity.revealed",
      target: { type: "application", id: applicationId, label: "Candidate" },
      details: { jobId: row.jobId },
    });
    return { revealedAt };
  });
}
