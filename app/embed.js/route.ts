import { EMBED_SCRIPT } from "@/lib/careers/embed-script";

/**
 * The "Embed on your website" script (lib/careers/embed-script.ts), the same for every organisation. Other
 * sites load it on every page view: browsers and CDNs may keep it for an hour, and use a stale copy for a
 * day while they fetch a new one. Any origin may load it, with `crossorigin` and integrity checks too.
 */
export function GET() {
  return new Response(EMBED_SCRIPT, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
