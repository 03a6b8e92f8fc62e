import { submitApplication } from "@/server/applications/submit-application";
import { clientIp } from "@/server/http/client-ip";
import { readForm, refusalHeaders } from "@/server/http/read-form";
import { FormRefused } from "@/lib/request";

export const dynamic = "force-dynamic";

const statusFor: Record<string, number> = { VALIDATION: 422, ALREADY_APPLIED: 409, CONFLICT: 409, NOT_FOUND: 404, RATE_LIMITED: 429, INTERNAL: 500 };

/**
 * The application form posts here when JavaScript runs (so it can show upload progress); without
 * JavaScript it posts to its server action instead. Both go through submitApplication.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/careers/[org]/jobs/[job]/applications">) {
  const { org, job } = await params;
  let fields: Record<string, unknown>;
  try {
    fields = await readForm(request);
  } catch (error) {
    if (!(error instanceof FormRefused)) throw error;
    const fieldErrors = error.field ? { [error.field]: [error.message] } : undefined;
    const code = { 413: "TOO_LARGE", 503: "BUSY", 400: "VALIDATION" }[error.status];
    return Response.json({ ok: false, code, formError: error.message, fieldErrors }, { status: error.status, headers: refusalHeaders(error.status) });
  }
  const result = await submitApplication(org, { slug: job }, fields, { ip: clientIp(request.headers) });
  if (result.ok) return Response.json({ ok: true, statusUrl: `/status/${result.data.statusToken}?submitted=1` }, { status: 201 });
  return Response.json(result, { status: statusFor[result.code] ?? 400 });
}
