import "server-only";
import { db } from "@/db/client";
import { listAuditEvents, type AuditListEntry } from "@/db/queries/audit";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCan } from "@/lib/permissions";
import type { AuditCursor, AuditFilters, AuditView } from "@/lib/validation/audit";

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogPage = {
  entries: AuditListEntry[];
  /** Where the next older page starts, when there is one. */
  older?: AuditCursor;
  /** Where the next newer page starts, when this is not the newest. */
  newer?: AuditCursor;
};

const cursorOf = (entry: AuditListEntry): AuditCursor => ({ at: entry.at, id: entry.id });

/** The zone the member reads times in (their own, else the organisation's); the filter's days are days there. */
type AuditReader = Viewer & { timeZone?: string };

/** One page of the organisation's audit log, newest first, for members who may read it. */
export async function listAuditLog(actor: AuditReader, view: AuditView, pageSize = AUDIT_PAGE_SIZE): Promise<AuditLogPage> {
  assertCan(actor, "audit.read");
  // One more than shown says whether another page lies beyond.
  const rows = await listAuditEvents(db(), actor.organizationId, view, pageSize + 1, actor.timeZone);
  const more = rows.length > pageSize;
  // Reading newer entries, the extra one is the newest (first); otherwise the oldest (last).
  const entries = view.after ? rows.slice(more ? 1 : 0) : rows.slice(0, pageSize);
  const first = entries[0];
  const last = entries[entries.length - 1];
  return {
    entries,
    older: last && (view.after || more) ? cursorOf(last) : undefined,
    newer: first && (view.before || (view.after && more)) ? cursorOf(first) : undefined,
  };
}

const EXPORT_BATCH = 1000;

/**
 * Every entry the filters match, newest first, in batches read by keyset, for the CSV export: memory
 * stays flat however long the log is.
 */
export async function* exportAuditLog(actor: AuditReader, filters: AuditFilters): AsyncGenerator<AuditListEntry[]> {
  assertCan(actor, "audit.read");
  let before: AuditCursor | undefined;
  for (;;) {
    const rows = await listAuditEvents(db(), actor.organizationId, { ...filters, before }, EXPORT_BATCH, actor.timeZone);
    if (rows.length > 0) yield rows;
    if (rows.length < EXPORT_BATCH) return;
    before = cursorOf(rows[rows.length - 1]!);
  }
}
