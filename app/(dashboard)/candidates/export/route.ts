import { candidateCsvRow, CANDIDATE_CSV_HEADER } from "@/lib/candidates/csv-export";
import { csvDownloadHeaders, csvResponseStream } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { parseCandidateSearch } from "@/lib/validation/candidate-search";
import { getCurrentMember } from "@/server/auth/session";
import { exportCandidates } from "@/server/candidates/export-candidates";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/**
 * The candidate search's results (the same query string as /candidates) as CSV, one row per visible
 * application: UTF-8 with a byte-order mark for spreadsheets, formulas neutralised (lib/csv.ts), streamed
 * as the batches are read. Members who may not export get a 404, as for any page they can't open.
 */
export async function GET(request: Request) {
  const member = await getCurrentMember();
  if (!member || !can(member.role, "candidates.export")) return notFound();
  const search = parseCandidateSearch(Object.fromEntries(new URL(request.url).searchParams));
  const batches = await exportCandidates(member, search);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csvResponseStream(CANDIDATE_CSV_HEADER, batches, candidateCsvRow, { bom: true, label: "candidate export" }), {
    headers: csvDownloadHeaders(`candidates-${member.organizationSlug}-${day}.csv`),
  });
}
