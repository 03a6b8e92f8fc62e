import { CAREERS_SCRIPT } from "@/lib/careers/careers-script";

/**
 * The careers list and posting pages' one script (lib/careers/careers-script.ts), the same for every page and
 * visitor: browsers may keep it for an hour, and use a stale copy for a day while they fetch a new one.
 */
export const dynamic = "force-static";

export function GET() {
  return new Response(CAREERS_SCRIPT, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
    },
  });
}
