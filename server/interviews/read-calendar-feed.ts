import "server-only";
import { env } from "@/lib/env";
import type { Interval } from "@/lib/interviews/availability";
import { busyIntervalsFromFeed } from "@/lib/interviews/busy-feed";
import { outboundFetch } from "@/server/http/outbound-fetch";

export const FEED_LIMITS = { timeoutMs: 5_000, maxResponseBytes: 2 * 1024 * 1024 } as const;

/**
 * The busy times in a member's calendar feed between `from` and `to`. The address is the member's
 * choice, so it goes through outboundFetch (no private addresses unless CALENDAR_FEED_ALLOW_PRIVATE=1,
 * no redirects, time and size limits). A feed that cannot be read or parsed is logged and counts as
 * empty: the member's working hours and Candor interviews still apply.
 */
export async function readCalendarFeed(url: string, from: Date, to: Date): Promise<Interval[]> {
  try {
    const fetch = outboundFetch({ allowPrivateAddresses: env().CALENDAR_FEED_ALLOW_PRIVATE === "1", ...FEED_LIMITS });
    const response = await fetch(url.replace(/^webcal:/i, "https:"), { headers: { accept: "text/calendar" } });
    if (!response.ok) throw new Error(`the feed answered ${response.status}`);
    return busyIntervalsFromFeed(await response.text(), from, to);
  } catch (error) {
    console.warn("candor: calendar feed could not be read", error instanceof Error ? error.message : error);
    return [];
  }
}
