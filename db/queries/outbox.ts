import "server-only";
import type { Executor } from "../client";
import { emailOutbox, type OutboxAttachment } from "../schema";

export type OutgoingEmail = {
  organizationId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: OutboxAttachment[];
  dedupeKey?: string;
  sendAfter?: Date;
};

/** Queues a message in the caller's transaction; a second message with the same dedupeKey is ignored. */
export async function enqueueEmail(executor: Executor, message: OutgoingEmail): Promise<void> {
  await executor.insert(emailOutbox).values(message).onConflictDoNothing({ target: emailOutbox.dedupeKey });
}
