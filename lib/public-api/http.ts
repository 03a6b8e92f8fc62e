import type { NextRequest } from "next/server";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";

// Public job data is meant to be read by any site's widget, so every answer (errors included) allows
// any origin. No cookies are read and credentials are never allowed, so this exposes nothing more.
const cors = { "Access-Control-Allow-Origin": "*" };

/** Short enough that a closed job disappears from widgets within a few minutes even without a purge. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export function publicJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { ...cors, "Cache-Control": PUBLIC_CACHE_CONTROL } });
}

/** The answer to a CORS preflight; also the route's OPTIONS handler (Next's own would omit the CORS headers). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...cors,
      Allow: "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "Accept, Content-Type, X-Requested-With",
      "Access-Control-Max-Age": "86400",
    },
  });
}

/**
 * A public GET handler whose unexpected failures are logged and answered with a generic JSON 500
 * (in the API's own error shape, still with CORS) instead of Next's HTML error page.
 */
export function publicGet<Context>(
  handler: (request: NextRequest, context: Context) => Promise<Response>,
  errorBody: (status: number, message: string) => unknown,
) {
  return async (request: NextRequest, context: Context): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`candor: public API ${request.nextUrl.pathname} failed:`, error);
      return Response.json(errorBody(500, GENERIC_ERROR_MESSAGE), { status: 500, headers: { ...cors, "Cache-Control": "no-store" } });
    }
  };
}
