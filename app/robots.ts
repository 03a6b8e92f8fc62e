import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/careers/absolute-url";

// Read per request, so the sitemap address follows APP_URL at run time rather than at build time.
export const dynamic = "force-dynamic";

/** Public job APIs that crawlers (job aggregators) may read; every other /api route is private. */
const PUBLIC_API_PREFIXES = ["/api/v1/boards/", "/api/v0/postings/"];

/**
 * Closed by default: crawlers may read the careers pages and the public job APIs, nothing else, so a
 * staff page added later is never indexed by accident. (Major crawlers apply the longest matching rule.)
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/careers", ...PUBLIC_API_PREFIXES], disallow: ["/", "/api/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
