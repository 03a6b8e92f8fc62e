import { BodyTooLarge, readBodyUpTo } from "@/server/http/read-body";
import { hasInboundSecret } from "@/server/mail/inbound-secret";
import { MAX_INBOUND_BYTES, receiveInboundEmail } from "@/server/mail/receive-inbound-email";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

const problem = (status: number, title: string) =>
  Response.json({ type: "about:blank", title, status }, { status, headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" } });

const statusFor: Partial<Record<AppError["code"], number>> = { NOT_FOUND: 404, VALIDATION: 413 };

/**
 * A candidate's reply, posted by the inbound mail forwarder as raw MIME (message/rfc822) with
 * "Authorization: Bearer INBOUND_EMAIL_SECRET". 202 when stored (or stored before); 404 for an address
 * that is not one of ours, with nothing stored.
 */
export async function POST(request: Request) {
  if (!hasInboundSecret(request.headers)) return problem(401, "Missing or wrong inbound email secret.");
  let raw: Buffer;
  try {
    raw = await readBodyUpTo(request, MAX_INBOUND_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return problem(413, "The message is too large.");
    throw error;
  }
  if (raw.length === 0) return problem(400, "The body must be the raw message (message/rfc822).");
  try {
    const result = await receiveInboundEmail(raw);
    return Response.json({ stored: result.stored }, { status: 202, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof AppError) return problem(statusFor[error.code] ?? 400, error.message);
    console.error("candor: inbound email failed", error);
    return problem(500, "The message could not be stored. Try again later.");
  }
}
