import "server-only";
import { env } from "@/lib/env";
import type { Interval } from "@/lib/interviews/availability";
import { busyIntervalsFromFeed } from "@/lib/interviews/busy-feed";
import { outboundFetch } from "@/server/http/outbound-fetch";

export const FEED_LIMITS = { timeoutMs: 5_000, maxResponseBytes: 2 * 1024 * 1024 } as const;

/** A feed's busy times, or that it could not be read: never "no busy times" for a feed that failed. */
export type FeedRead = { ok: true; busy: Interval[] } | { ok: false };

/**
 * The busy times in a member's calendar feed between `from` and `to`. The address is the member's
 * choice, so it goes through outboundFetch (no private addresses unless CALENDAR_FEED_ALLOW_PRIVATE=1,
 * no redirects, size limit), and the whole read, body included, must end within the time limit. A feed
 * that cannot be read (no answer in time, an error status, too large, not a calendar) is logged and
 * reported as failed: its owner's real meetings are unknown, so the caller offers no time with them.
 */
export async function readCalendarFeed(url: string, from: Date, to: Date, limits: { timeoutMs: number; maxResponseBytes: number } = FEED_LIMITS): Promise<FeedRead> {
  try {
    const fetch = outboundFetch({ allowPrivateAddresses: env().CALENDAR_FEED_ALLOW_PRIVATE === "1", ...limits });
    const response = await fetch(url.replace(/^webcal:/i, "https:"), { headers: { accept: "text/calendar" }, signal: AbortSignal.timeout(limits.timeoutMs) });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`the feed answered ${response.status}`);
    }
    return { ok: true, busy: busyIntervalsFromFeed(await response.text(), from, to) };
  } catch (error) {
    console.warn("candor: calendar feed could not be read", error instanceof Error ? error.message : error);
    return { ok: false };
  }
}
