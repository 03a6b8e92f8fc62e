import "server-only";
import { env } from "@/lib/env";

/** An absolute URL on this Candor's public address (APP_URL), for canonical tags, sitemaps and feeds. */
export function absoluteUrl(path: string): string {
  return `${env().APP_URL}${path}`;
}
