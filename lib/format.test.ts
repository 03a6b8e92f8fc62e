import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatTime, timeZoneAbbreviation, viewerTimeZone } from "./format";
import { formatSlot, formatSlotFor } from "./interviews/time";
import { timeZoneSettingSchema } from "./validation/accounts";

const at = (iso: string) => new Date(iso);

describe("formatDateTime in the viewer's zone", () => {
  it("shows the wall clock and the zone's abbreviation", () => {
    const instant = at("2026-12-05T13:30:00Z");
    expect(formatDateTime(instant, "Europe/Paris")).toBe("5 Dec 2026, 14:30 CET");
    expect(formatDateTime(instant, "UTC")).toBe("5 Dec 2026, 13:30 UTC");
    expect(formatDateTime(instant, "America/New_York")).toBe("5 Dec 2026, 08:30 EST");
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe("5 Dec 2026, 19:00 GMT+5:30");
  });

  it("is UTC unless told otherwise, as before", () => {
    expect(formatDateTime(at("2026-12-05T13:30:00Z"))).toBe("5 Dec 2026, 13:30 UTC");
    expect(formatDateTime(null, "Europe/Paris")).toBe("—");
  });

  it("moves the day where the zone's midnight falls elsewhere", () => {
    const instant = at("2026-12-05T23:30:00Z");
    expect(formatDate(instant, "UTC")).toBe("5 Dec 2026");
    expect(formatDate(instant, "Australia/Sydney")).toBe("6 Dec 2026");
    expect(formatDate(at("2026-12-05T03:00:00Z"), "America/Los_Angeles")).toBe("4 Dec 2026");
  });

  it("follows daylight saving across Europe's spring change (02:00 CET → 03:00 CEST on 29 Mar 2026)", () => {
    expect(formatDateTime(at("2026-03-29T00:59:00Z"), "Europe/Berlin")).toBe("29 Mar 2026, 01:59 CET");
    expect(formatDateTime(at("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe("29 Mar 2026, 03:00 CEST");
  });

  it("tells the repeated hour apart at the autumn change (01:30 twice in New York on 1 Nov 2026)", () => {
    expect(formatTime(at("2026-11-01T05:30:00Z"), "America/New_York")).toBe("01:30 EDT");
    expect(formatTime(at("2026-11-01T06:30:00Z"), "America/New_York")).toBe("01:30 EST");
    expect(timeZoneAbbreviation(at("2026-07-01T12:00:00Z"), "Europe/London")).toBe("BST");
  });
});

describe("the viewer's zone", () => {
  it("is their own, else the organisation's, else UTC", () => {
    expect(viewerTimeZone("Europe/Paris", "Europe/Berlin")).toBe("Europe/Paris");
    expect(viewerTimeZone(null, "Europe/Berlin")).toBe("Europe/Berlin");
    expect(viewerTimeZone(null, undefined)).toBe("UTC");
  });

  it("passes over a zone Intl does not know", () => {
    expect(viewerTimeZone("Mars/Olympus_Mons", "Europe/Berlin")).toBe("Europe/Berlin");
    expect(viewerTimeZone("Mars/Olympus_Mons", "")).toBe("UTC");
  });

  it("is refused by the account form when unknown, and empty means the organisation's", () => {
    const refused = timeZoneSettingSchema.safeParse({ timeZone: "Mars/Olympus_Mons" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe("Choose a time zone from the list.");
    expect(timeZoneSettingSchema.safeParse({ timeZone: 42 }).success).toBe(false);
    expect(timeZoneSettingSchema.parse({ timeZone: "Asia/Tokyo" })).toEqual({ timeZone: "Asia/Tokyo" });
    expect(timeZoneSettingSchema.parse({ timeZone: "" })).toEqual({ timeZone: null });
  });
});

describe("an interview's slot for a viewer", () => {
  const startsAt = at("2030-03-12T13:30:00Z");
  const endsAt = at("2030-03-12T14:15:00Z");

  it("is the slot in its own zone when the viewer reads that zone, as emails show it", () => {
    expect(formatSlotFor(startsAt, endsAt, "Europe/Berlin", "Europe/Berlin")).toBe(formatSlot(startsAt, endsAt, "Europe/Berlin"));
    expect(formatSlot(startsAt, endsAt, "Europe/Berlin")).toBe("Tue, 12 Mar 2030, 14:30–15:15 (Europe/Berlin)");
  });

  it("is the viewer's wall clock, with the interview's own zone in brackets", () => {
    expect(formatSlotFor(startsAt, endsAt, "Europe/Berlin", "UTC")).toBe("Tue, 12 Mar 2030, 13:30–14:15 UTC (14:30–15:15 Europe/Berlin)");
    expect(formatSlotFor(startsAt, endsAt, "Europe/Berlin", "America/New_York")).toBe("Tue, 12 Mar 2030, 09:30–10:15 EDT (14:30–15:15 Europe/Berlin)");
  });

  it("names the interview's own day when it differs from the viewer's", () => {
    expect(formatSlotFor(startsAt, endsAt, "Europe/Berlin", "Pacific/Auckland")).toBe(
      "Wed, 13 Mar 2030, 02:30–03:15 GMT+13 (Tue, 12 Mar 2030, 14:30–15:15 Europe/Berlin)",
    );
  });
});
