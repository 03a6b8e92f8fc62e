import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { submitApplication } from "@/server/applications/submit-application";
import { boardContext, findBoardJob, parsePublicId } from "@/lib/public-api/board";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { loadBoard } from "@/server/cache/public";
import { leverError, toLeverPosting } from "@/lib/public-api/lever";
import { leverErrorMessage, leverFieldsToApplication } from "@/lib/public-api/lever-apply";
import { clientIp, formDataToObject } from "@/lib/request";

const notFound = () => publicJson(leverError(404, "Document not found"), 404);

/** Lever-shaped single posting: GET /api/v0/postings/{org}/{id}, where id is the job's public number. */
export const GET = publicGet(async (_request: Request, { params }: RouteContext<"/api/v0/postings/[org]/[id]">) => {
  const { org, id } = await params;
  const board = await loadBoard(org);
  const publicId = parsePublicId(id);
  const job = board && publicId !== null ? findBoardJob(board, publicId) : null;
  if (!board || !job) return notFound();
  return publicJson(toLeverPosting(job, boardContext(board)));
}, leverError);

export const OPTIONS = preflight;

/**
 * Lever-shaped "apply to a posting": multipart fields name, email, phone, resume, urls[…], comments,
 * source → {ok: true, applicationId} or {ok: false, error} with a 4xx status. An Idempotency-Key header
 * makes retries safe. No CORS: applications come from servers or from this site, not other sites' pages.
 */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/v0/postings/[org]/[id]">) {
  const { org, id } = await params;
  const publicId = parsePublicId(id);
  if (publicId === null) return Response.json(leverError(404, "Document not found"), { status: 404 });
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return Response.json(leverError(400, "Send the application as multipart/form-data."), { status: 400 });
  }
  const key = z.uuid().safeParse(request.headers.get("idempotency-key"));
  const result = await submitApplication(
    org,
    { publicId },
    leverFieldsToApplication(formDataToObject(formData), key.success ? key.data : randomUUID()),
    { ip: clientIp(request.headers) },
  );
  if (result.ok) return Response.json({ ok: true, applicationId: result.data.applicationId }, { status: 200 });
  const status = { VALIDATION: 400, ALREADY_APPLIED: 409, NOT_FOUND: 404, RATE_LIMITED: 429 }[result.code] ?? 500;
  return Response.json(leverError(status, leverErrorMessage(result.formError, result.fieldErrors)), { status });
}
