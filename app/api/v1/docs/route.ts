import { renderApiReference, type OpenApiDocumentShape } from "@/lib/api/reference-html";
import { openApiDocument } from "@/server/api/openapi";

export const dynamic = "force-dynamic";

/** The REST API's reference, readable in a browser: plain HTML from openapi.json, no script at all. */
export function GET() {
  const html = renderApiReference(openApiDocument() as unknown as OpenApiDocumentShape);
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=300",
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
