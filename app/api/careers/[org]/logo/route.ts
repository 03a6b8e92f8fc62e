import { getPublicLogo } from "@/server/organization/get-public-logo";
import { logoVersion } from "@/lib/careers/urls";
import { uploadedImagePolicy } from "@/lib/security-headers.mjs";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * An organisation's uploaded logo, from our own origin (the pages' policy allows images from 'self' only).
 * Typed as stored (by its bytes when uploaded), never sniffed, and inert even when opened on its own.
 * The careers pages ask for `?v=<version>`, which changes with the logo, so that address may be cached for good.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/careers/[org]/logo">) {
  const found = await getPublicLogo((await params).org);
  if (!found) return notFound();
  const { logo, data } = found;
  const etag = `"${logo.sha256}"`;
  const versioned = new URL(request.url).searchParams.get("v") === logoVersion(logo.sha256);
  const headers = new Headers({
    "Content-Type": logo.mediaType,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": uploadedImagePolicy(),
    // Email clients show it too, from their own origins.
    "Cross-Origin-Resource-Policy": "cross-origin",
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=300",
    ETag: etag,
  });
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  headers.set("Content-Length", String(data.length));
  return new Response(new Uint8Array(data), { headers });
}
