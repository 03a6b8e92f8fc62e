import { randomUUID } from "node:crypto";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { submitApplication } from "@/server/applications/submit-application";
import { boardContext, findBoardJob, parsePublicId } from "@/lib/public-api/board";
import { preflight, publicGet, publicJson } from "@/lib/public-api/http";
import { loadBoard } from "@/server/cache/public";
import { leverError, toLeverPosting } from "@/lib/public-api/lever";
import { leverErrorMessage, leverFieldsToApplication } from "@/lib/public-api/lever-apply";
import { FormRefused } from "@/lib/request";
import { clientIp } from "@/server/http/client-ip";
import { readForm, refusalHeaders } from "@/server/http/read-form";

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
 * makes retries safe; the same key with another job, email or body is a 409 that names no application.
 * No CORS: applications come from servers or from this site, not other sites' pages.
 */
export async function POST(request: NextRequest, { params }: RouteContext<"/api/v0/postings/[org]/[id]">) {
  const { org, id } = await params;
  const publicId = parsePublicId(id);
  if (publicId === null) return Response.json(leverError(404, "Document not found"), { status: 404 });
  let fields: Record<string, unknown>;
  try {
    fields = await readForm(request);
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    const message = error.status === 400 ? "Send the application as multipart/form-data." : leverErrorMessage(error.message, error.field ? { [error.field]: [error.message] } : undefined);
    return Response.json(leverError(error.status, message), { status: error.status, headers: refusalHeaders(error.status) });
  }
  const key = z.uuid().safeParse(request.headers.get("idempotency-key"));
  const result = await submitApplication(
    org,
    { publicId },
    leverFieldsToApplication(fields, key.success ? key.data : randomUUID()),
    { ip: clientIp(request.headers), defaultSource: "Lever API" },
  );
  if (result.ok) return Response.json({ ok: true, applicationId: result.data.applicationId }, { status: 200 });
  const status = { VALIDATION: 400, ALREADY_APPLIED: 409, CONFLICT: 409, NOT_FOUND: 404, RATE_LIMITED: 429 }[result.code] ?? 500;
  return Response.json(leverError(status, leverErrorMessage(result.formError, result.fieldErrors)), { status });
}
