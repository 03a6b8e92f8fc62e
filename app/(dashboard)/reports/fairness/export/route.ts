import { csvDocument, csvDownloadHeaders } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { parseFairnessView } from "@/lib/validation/reports";
import { getCurrentMember } from "@/server/auth/session";
import { exportFairnessReport } from "@/server/reports/get-fairness-report";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** The bias-audit summary (NYC Local Law 144 shape) with the page's filters, as CSV; admins only, audited. */
export async function GET(request: Request) {
  const member = await getCurrentMember();
  if (!member || !can(member.role, "reports.fairness")) return notFound();
  const view = parseFairnessView(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await exportFairnessReport(member, view);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvDocument(rows), {
    headers: csvDownloadHeaders(`bias-audit-summary-${member.organizationSlug}-${view.year}-${day}.csv`),
  });
}
