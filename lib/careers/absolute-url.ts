import "server-only";
import { env } from "@/lib/env";

/** An absolute URL on this Candor's public address (APP_URL), for canonical tags, sitemaps and feeds. */
export function absoluteUrl(path: string): string {
  return `${env().APP_URL}${path}`;
}

/** A logo address fit for structured data and link previews: the uploaded logo's path made absolute. */
export function absoluteLogoUrl(logoUrl: string | null): string | null {
  return logoUrl?.startsWith("/") ? absoluteUrl(logoUrl) : logoUrl;
}
