import ical from "node-ical";
import type { Interval } from "./availability";

/** At most this many busy intervals are taken from one feed: a calendar is not a database. */
export const FEED_EVENT_LIMIT = 5000;

/**
 * Whether the text is a whole iCalendar object. The parser accepts anything (an HTML sign-in page, a cut
 * off download) as a calendar without events, which would read as "free all the time".
 */
export function isWholeCalendar(text: string): boolean {
  return /^\s*BEGIN:VCALENDAR\r?\n/i.test(text.replace(/^\uFEFF/, "")) && /\r?\nEND:VCALENDAR\s*$/i.test(text);
}

/**
 * The busy intervals an iCalendar feed holds between `from` and `to`, recurring events expanded.
 * Events marked free (TRANSP:TRANSPARENT) or cancelled leave the time open; an all-day event blocks its
 * whole day (in UTC, as the feed gives no zone for it). Throws on text that is not a whole calendar.
 */
export function busyIntervalsFromFeed(text: string, from: Date, to: Date): Interval[] {
  if (!isWholeCalendar(text)) throw new Error("the feed is not an iCalendar file");
  const calendar = ical.sync.parseICS(text);
  const busy: Interval[] = [];
  for (const component of Object.values(calendar)) {
    if (!component || component.type !== "VEVENT") continue;
    if (component.transparency === "TRANSPARENT" || component.status === "CANCELLED") continue;
    for (const instance of ical.expandRecurringEvent(component, { from, to, expandOngoing: true })) {
      const start = new Date(instance.start);
      const end = instance.end ? new Date(instance.end) : start;
      if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) continue;
      if (end > from && start < to) busy.push({ start, end: end > start ? end : new Date(start.getTime() + 60_000) });
      if (busy.length >= FEED_EVENT_LIMIT) return busy;
    }
  }
  return busy;
}
