import { describe, expect, it } from "vitest";
import { freeSlots, isSlotFree } from "./availability";
import { busyIntervalsFromFeed } from "./busy-feed";

const at = (iso: string) => new Date(iso);
const slot = (start: string, minutes = 60) => ({ start: at(start), end: new Date(at(start).getTime() + minutes * 60_000) });

describe("interviewer availability", () => {
  it("offers only working hours in each interviewer's own zone, and only when all of them are free", () => {
    const berlin = { timeZone: "Europe/Berlin", workingHours: null, busy: [] };
    const newYork = { timeZone: "America/New_York", workingHours: null, busy: [] };
    // Monday 2030-01-07: Berlin works 08:00–16:00 UTC, New York 14:00–22:00 UTC; together 14:00–16:00.
    const slots = freeSlots({ from: at("2030-01-07T00:00:00Z"), to: at("2030-01-08T00:00:00Z"), durationMinutes: 60, people: [berlin, newYork] });
    expect(slots.map((s) => s.start.toISOString())).toEqual(["2030-01-07T14:00:00.000Z", "2030-01-07T14:30:00.000Z", "2030-01-07T15:00:00.000Z"]);
  });

  it("skips weekends, busy times and custom hours", () => {
    const person = { timeZone: "UTC", workingHours: { days: [6], start: "10:00", end: "12:00" }, busy: [slot("2030-01-05T10:30:00Z", 30)] };
    expect(isSlotFree(slot("2030-01-05T11:00:00Z"), [person])).toBe(true);
    expect(isSlotFree(slot("2030-01-05T10:00:00Z"), [person])).toBe(false);
    expect(isSlotFree(slot("2030-01-07T10:00:00Z"), [person])).toBe(false);
  });

  it("reads busy times from an iCalendar feed, recurring events included and free events left open", () => {
    const feed = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "BEGIN:VEVENT",
      "UID:a",
      "DTSTART:20300107T100000Z",
      "DTEND:20300107T110000Z",
      "RRULE:FREQ=DAILY;COUNT=3",
      "SUMMARY:Standup",
      "END:VEVENT",
      "BEGIN:VEVENT",
      "UID:b",
      "DTSTART:20300107T130000Z",
      "DTEND:20300107T140000Z",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
    ].join("\r\n");
    const busy = busyIntervalsFromFeed(feed, at("2030-01-07T00:00:00Z"), at("2030-01-14T00:00:00Z"));
    expect(busy.map((b) => b.start.toISOString()).sort()).toEqual(["2030-01-07T10:00:00.000Z", "2030-01-08T10:00:00.000Z", "2030-01-09T10:00:00.000Z"]);
  });
});
