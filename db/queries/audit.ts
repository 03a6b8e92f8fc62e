import "server-only";
import type { Executor } from "../client";
import { auditEvents } from "../schema";

export type AuditEntry = typeof auditEvents.$inferInsert;

/** Appends entries to the audit log (one statement for any number). */
export async function insertAuditEvents(executor: Executor, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await executor.insert(auditEvents).values(entries);
}
