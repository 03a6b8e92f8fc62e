import { openApiDocument } from "@/server/api/openapi";

export const dynamic = "force-dynamic";

/** The REST API's OpenAPI 3.1 document, public like any API reference: it holds no organisation's data. */
export function GET() {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
