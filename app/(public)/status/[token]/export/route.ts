import { exportCandidateData } from "@/server/status/export-candidate-data";
import { candidateFromStatusToken } from "@/server/status/status-candidate";

export const dynamic = "force-dynamic";

/** "Download my data": everything the candidate sent, files included, as one JSON attachment. */
export async function GET(_request: Request, { params }: RouteContext<"/status/[token]/export">) {
  const candidate = await candidateFromStatusToken((await params).token);
  if (!candidate) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  const data = await exportCandidateData(candidate);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="my-application-data.json"',
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
