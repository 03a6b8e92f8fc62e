import { z } from "zod";
import { findDownloadableFile } from "@/server/files/get-downloadable-file";
import { getCurrentMember } from "@/server/auth/session";
import { downloadHeaders } from "@/lib/files/download";

export const dynamic = "force-dynamic";

// Missing, another organisation's, off the member's team, or hidden by anonymised review: one answer for all.
const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** A candidate's document, for signed-in members who may see its application. `?preview=1` shows a PDF inline, sandboxed. */
export async function GET(request: Request, { params }: RouteContext<"/api/files/[fileId]">) {
  const member = await getCurrentMember();
  const fileId = z.uuid().safeParse((await params).fileId);
  if (!member || !fileId.success) return notFound();
  const preview = new URL(request.url).searchParams.get("preview") === "1";
  const found = await findDownloadableFile(member, fileId.data, { preview });
  if (!found) return notFound();
  return new Response(new Uint8Array(found.data), { headers: downloadHeaders(found.file, preview) });
}
