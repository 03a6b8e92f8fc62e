import { formatDate, timeZoneAbbreviation } from "@/lib/format";

export { isValidTimeZone, timeZoneNames } from "@/lib/time-zones";

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` ("2026-03-10") and `time` ("14:30").
 * Two passes settle the offset around daylight-saving changes; a time skipped by a change moves forward.
 */
export function zonedTimeToUtc(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** "Tue 10 Mar 2026, 14:00–15:00 (Europe/Berlin)": an interview's slot in its own time zone. */
export function formatSlot(startsAt: Date, endsAt: Date, timeZone: string): string {
  const clock = clockFormat(timeZone);
  return `${dayFormat(timeZone).format(startsAt)}, ${clock.format(startsAt)}–${clock.format(endsAt)} (${timeZone})`;
}

const dayFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, weekday: "short", day: "numeric", month: "short", year: "numeric" });
const clockFormat = (timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/**
 * An interview's slot for someone reading it in `viewerZone`: "Tue 10 Mar 2026, 09:00–10:00 EDT
 * (14:00–15:00 Europe/Berlin)". The interview's own zone follows in brackets when it differs, with its
 * day when that differs too. Emails keep formatSlot, in the interview's zone alone.
 */
export function formatSlotFor(startsAt: Date, endsAt: Date, timeZone: string, viewerZone: string): string {
  if (viewerZone === timeZone) return formatSlot(startsAt, endsAt, timeZone);
  const viewer = clockFormat(viewerZone);
  const own = clockFormat(timeZone);
  const ownDay = formatDate(startsAt, viewerZone) === formatDate(startsAt, timeZone) ? "" : `${dayFormat(timeZone).format(startsAt)}, `;
  return (
    `${dayFormat(viewerZone).format(startsAt)}, ${viewer.format(startsAt)}–${viewer.format(endsAt)} ${timeZoneAbbreviation(startsAt, viewerZone)}` +
    ` (${ownDay}${own.format(startsAt)}–${own.format(endsAt)} ${timeZone})`
  );
}

/** The date ("2026-03-10") and time ("14:30") the wall clock in `timeZone` shows at `instant`: what a form to move it starts from. */
export function utcToZonedTime(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
