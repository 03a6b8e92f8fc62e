import { AUDIT_CSV_HEADER, auditCsvRow } from "@/lib/audit/csv";
import { csvDownloadHeaders, csvResponseStream } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { auditFiltersOf, parseAuditView } from "@/lib/validation/audit";
import { exportAuditLog } from "@/server/audit/list-audit-log";
import { getCurrentMember } from "@/server/auth/session";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/**
 * The audit log's entries matching the page's filters (the same query string), all of them, newest first,
 * as CSV: written while they are read in batches, so a long log never sits in memory. Cells that a
 * spreadsheet would run as formulas are neutralised (lib/csv.ts).
 */
export async function GET(request: Request) {
  const member = await getCurrentMember();
  if (!member || !can(member.role, "audit.read")) return notFound();
  const filters = auditFiltersOf(parseAuditView(Object.fromEntries(new URL(request.url).searchParams)));
  const day = new Date().toISOString().slice(0, 10);
  const csv = csvResponseStream(AUDIT_CSV_HEADER, exportAuditLog(member, filters), auditCsvRow, { label: "audit log export" });
  return new Response(csv, {
    headers: csvDownloadHeaders(`audit-log-${member.organizationSlug}-${day}.csv`),
  });
}
