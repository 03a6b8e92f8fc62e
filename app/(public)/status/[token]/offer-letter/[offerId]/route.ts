import { z } from "zod";
import { getCandidateOfferLetter } from "@/server/offers/candidate-offers";
import { candidateFromStatusToken } from "@/server/status/status-candidate";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });

/** The candidate's offer letter (PDF), through their private link only. */
export async function GET(_request: Request, { params }: RouteContext<"/status/[token]/offer-letter/[offerId]">) {
  const { token, offerId } = await params;
  const id = z.uuid().safeParse(offerId);
  const candidate = id.success ? await candidateFromStatusToken(token) : null;
  const letter = candidate && id.success ? await getCandidateOfferLetter(candidate, id.data) : null;
  if (!letter) return notFound();
  return new Response(new Uint8Array(letter), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'attachment; filename="offer-letter.pdf"',
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  });
}
