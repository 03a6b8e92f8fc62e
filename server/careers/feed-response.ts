import "server-only";
import { getCareersSite, type CareersSite } from "@/server/cache/public";

/**
 * A feed of an organisation's open postings (RSS, Indeed), read through the public cache, which also marks
 * the stored response so that a public change (a job published, edited or closed) expires it. 404 for an
 * organisation that does not exist.
 */
export async function careersFeedResponse(orgSlug: string, contentType: string, render: (site: CareersSite) => string): Promise<Response> {
  const site = await getCareersSite(orgSlug);
  if (!site) return new Response("No careers page here.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(render(site), { headers: { "Content-Type": contentType } });
}
