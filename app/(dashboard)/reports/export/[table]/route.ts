import { z } from "zod";
import { csvDocument, csvDownloadHeaders } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { reportTableIds } from "@/lib/reports/tables";
import { parseReportView } from "@/lib/validation/reports";
import { getCurrentMember } from "@/server/auth/session";
import { getReportTable } from "@/server/reports/get-reports";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** One report table with the page's filters (the same query string) as CSV: the page's header and rows, with a byte-order mark. */
export async function GET(request: Request, { params }: RouteContext<"/reports/export/[table]">) {
  const member = await getCurrentMember();
  const id = z.enum(reportTableIds).safeParse((await params).table);
  if (!member || !can(member.role, "reports.read") || !id.success) return notFound();
  const table = await getReportTable(member, parseReportView(Object.fromEntries(new URL(request.url).searchParams)), id.data);
  if (!table) return notFound();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvDocument([table.header, ...table.rows]), {
    headers: csvDownloadHeaders(`${table.id}-${member.organizationSlug}-${day}.csv`),
  });
}
