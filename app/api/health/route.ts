import { pingDatabase } from "@/db/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (await pingDatabase()) return Response.json({ status: "ok" }, { headers });
  return Response.json({ status: "unavailable", reason: "database" }, { status: 503, headers });
}
