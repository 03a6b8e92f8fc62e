/**
 * When interviewers are free: pure code, so the scheduling page and the booking compute the same answer.
 * A slot is free when, for every interviewer, it lies inside their working hours in their own time zone
 * and overlaps none of their busy intervals (their Candor interviews and their calendar feed's events).
 */

/** Days are 1 (Monday) to 7 (Sunday); times are wall-clock "HH:MM" in the person's zone, `end` after `start`. */
export type WorkingHours = { days: number[]; start: string; end: string };

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };

export type Interval = { start: Date; end: Date };

export type Availability = { timeZone: string; workingHours: WorkingHours | null; busy: Interval[] };

const weekdays: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): { day: number; date: string; minutes: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: weekdays[parts.weekday!] ?? 0, date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function withinWorkingHours(slot: Interval, timeZone: string, hours: WorkingHours): boolean {
  const start = wallClock(slot.start, timeZone);
  // The last minute of the slot, so a slot ending at 17:00 sharp counts as ending by 17:00.
  const last = wallClock(new Date(slot.end.getTime() - 60_000), timeZone);
  return (
    hours.days.includes(start.day) &&
    start.date === last.date &&
    start.minutes >= minutesOf(hours.start) &&
    last.minutes + 1 <= minutesOf(hours.end)
  );
}

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Whether every interviewer is free for the whole slot. */
export function isSlotFree(slot: Interval, people: Availability[]): boolean {
  return people.every(
    (person) =>
      withinWorkingHours(slot, person.timeZone, person.workingHours ?? DEFAULT_WORKING_HOURS) &&
      !person.busy.some((busy) => overlaps(slot, busy)),
  );
}

export const SLOT_STEP_MINUTES = 30;

/**
 * The free slots of `durationMinutes` starting on the half hour between `from` and `to`, soonest first,
 * at most `limit` of them.
 */
export function freeSlots({ from, to, durationMinutes, people, limit = 200 }: { from: Date; to: Date; durationMinutes: number; people: Availability[]; limit?: number }): Interval[] {
  const step = SLOT_STEP_MINUTES * 60_000;
  const slots: Interval[] = [];
  for (let start = Math.ceil(from.getTime() / step) * step; start < to.getTime() && slots.length < limit; start += step) {
    const slot = { start: new Date(start), end: new Date(start + durationMinutes * 60_000) };
    if (isSlotFree(slot, people)) slots.push(slot);
  }
  return slots;
}
