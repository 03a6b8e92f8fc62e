import { submitApplication } from "@/server/applications/submit-application";
import { clientIp, formDataToObject } from "@/lib/request";

export const dynamic = "force-dynamic";

const statusFor: Record<string, number> = { VALIDATION: 422, ALREADY_APPLIED: 409, NOT_FOUND: 404, RATE_LIMITED: 429, INTERNAL: 500 };

/**
 * The application form posts here when JavaScript runs (so it can show upload progress); without
 * JavaScript it posts to its server action instead. Both go through submitApplication.
 */
export async function POST(request: Request, { params }: RouteContext<"/api/careers/[org]/jobs/[job]/applications">) {
  const { org, job } = await params;
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return Response.json({ ok: false, code: "VALIDATION", formError: "The form could not be read. Please submit it again." }, { status: 400 });
  }
  const result = await submitApplication(org, { slug: job }, formDataToObject(formData), { ip: clientIp(request.headers) });
  if (result.ok) return Response.json({ ok: true, statusUrl: `/status/${result.data.statusToken}?submitted=1` }, { status: 201 });
  return Response.json(result, { status: statusFor[result.code] ?? 400 });
}
