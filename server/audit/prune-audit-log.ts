import "server-only";
import { db } from "@/db/client";
import { deleteExpiredAuditEvents } from "@/db/queries/audit";
import { env } from "@/lib/env";

/**
 * Removes audit entries past their organisation's retention period (AUDIT_RETENTION_DAYS unless the
 * organisation chose its own), in batches so no statement holds locks for long. Returns how many went.
 * Idempotent: a second run finds nothing more to remove.
 */
export async function pruneAuditLog({ defaultDays = env().AUDIT_RETENTION_DAYS, batch = 5000 } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const removed = await deleteExpiredAuditEvents(db(), defaultDays, batch);
    total += removed;
    if (removed < batch) return total;
  }
}
