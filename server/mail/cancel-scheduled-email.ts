import "server-only";
import { db } from "@/db/client";
import { cancelComposedEmail } from "@/db/queries/candidate-mail";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/** Withdraws a composed message that is still waiting in the outbox (scheduled, or not yet picked up). */
export async function cancelScheduledEmail(actor: Viewer, { emailId, candidateId }: { emailId: string; candidateId: string }) {
  assertCan(actor, "mail.send");
  const cancelled = await db().transaction((tx) => cancelComposedEmail(tx, actor.organizationId, candidateId, emailId));
  if (!cancelled) throw new AppError("CONFLICT", "Too late to cancel: this email was sent already, is being sent, or was cancelled.");
}
