import { describe, expect, it } from "vitest";
import { interviewInvitation, invitationUid } from "./ics";
import { zonedTimeToUtc } from "./time";

const base = {
  interviewId: "7d8c5a4e-2b1f-4c3d-9e8f-0a1b2c3d4e5f",
  summary: "Technical interview: Candidate 7F3K",
  description: "Scorecard: https://candor.test/feedback/x",
  timeZone: "Europe/Berlin",
  location: "https://meet.example/abc",
  organizer: { name: "Rita Recruiter", email: "rita@example.com" },
  attendees: [
    { name: "Ivan Interviewer", email: "ivan@example.com" },
    { name: "Hana Manager", email: "hana@example.com" },
  ],
  stamp: new Date("2026-03-01T09:00:00Z"),
};

/** Unfolds RFC 5545 continuation lines so assertions can read whole properties. */
const unfold = (ics: string) => ics.replace(/\r?\n /g, "");

describe("interview invitation", () => {
  it("writes the slot chosen in the interview's time zone as the right UTC instant", () => {
    // 14:30 in Berlin in March (before the clocks change) is 13:30 UTC; in July (summer time) it is 12:30 UTC.
    const winter = zonedTimeToUtc("2026-03-10", "14:30", "Europe/Berlin");
    const summer = zonedTimeToUtc("2026-07-10", "14:30", "Europe/Berlin");
    expect(winter.toISOString()).toBe("2026-03-10T13:30:00.000Z");
    expect(summer.toISOString()).toBe("2026-07-10T12:30:00.000Z");
    expect(zonedTimeToUtc("2026-03-10", "09:00", "America/New_York").toISOString()).toBe("2026-03-10T13:00:00.000Z");

    const ics = unfold(interviewInvitation({ ...base, startsAt: winter, endsAt: new Date(winter.getTime() + 45 * 60_000) }));
    expect(ics).toContain("METHOD:REQUEST");
    expect(ics).toContain("DTSTART:20260310T133000Z");
    expect(ics).toContain("DTEND:20260310T141500Z");
    expect(ics).toContain("X-WR-TIMEZONE:Europe/Berlin");
  });

  it("uses one UID per interview, the organizer and every attendee", () => {
    const startsAt = new Date("2026-03-10T13:30:00Z");
    const first = unfold(interviewInvitation({ ...base, startsAt, endsAt: startsAt }));
    const again = unfold(interviewInvitation({ ...base, startsAt, endsAt: startsAt, attendees: base.attendees.slice(1) }));
    const uid = `UID:${invitationUid(base.interviewId)}`;
    expect(first).toContain(uid);
    expect(again).toContain(uid);
    expect(first).toMatch(/ORGANIZER;CN="Rita Recruiter":mailto:rita@example.com/i);
    expect(first).toMatch(/ATTENDEE;[^\n]*RSVP=TRUE[^\n]*:mailto:ivan@example.com/i);
    expect(first).toMatch(/ATTENDEE;[^\n]*:mailto:hana@example.com/i);
    expect(first).toContain("LOCATION:https://meet.example/abc");
  });
});
