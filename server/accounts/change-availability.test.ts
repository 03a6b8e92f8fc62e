import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { availabilitySettingsSchema } from "@/lib/validation/interviews";
import { setupTestDatabase } from "@/test/database";
import { changeAvailability } from "./change-availability";

const db = setupTestDatabase();

describe("interview availability", () => {
  it("stores the person's own days, hours and feed, and only theirs", async () => {
    const org = await createIsolatedOrganization(db());
    const input = availabilitySettingsSchema.parse({ days: ["5", "2", "2"], start: "13:00", end: "15:30", calendarFeedUrl: "https://calendar.example/me.ics" });
    await changeAvailability({ userId: org.users.interviewer.id }, input);
    const [mine] = await db().select().from(s.users).where(eq(s.users.id, org.users.interviewer.id));
    expect(mine!.workingHours).toEqual({ days: [2, 5], start: "13:00", end: "15:30" });
    expect(mine!.calendarFeedUrl).toBe("https://calendar.example/me.ics");
    const [other] = await db().select().from(s.users).where(eq(s.users.id, org.users.recruiter.id));
    expect(other!.workingHours).toBeNull();
  });

  it("keeps the feed's last failure while the address stays, and forgets it with a new address", async () => {
    const org = await createIsolatedOrganization(db());
    const me = org.users.interviewer.id;
    const failedAt = new Date("2030-01-07T08:00:00Z");
    await db().update(s.users).set({ calendarFeedUrl: "https://calendar.example/old.ics", calendarFeedFailedAt: failedAt, calendarFeedLastFailedAt: failedAt }).where(eq(s.users.id, me));
    const save = (calendarFeedUrl: string) => changeAvailability({ userId: me }, availabilitySettingsSchema.parse({ days: ["1"], start: "09:00", end: "17:00", calendarFeedUrl }));
    const stored = async () =>
      (await db().select({ since: s.users.calendarFeedFailedAt, last: s.users.calendarFeedLastFailedAt }).from(s.users).where(eq(s.users.id, me)))[0]!;
    await save("https://calendar.example/old.ics");
    expect(await stored()).toEqual({ since: failedAt, last: failedAt });
    await save("https://calendar.example/new.ics");
    expect(await stored()).toEqual({ since: null, last: null });
  });

  it("refuses an end before the start, no day at all and an address that is not http(s)", () => {
    const result = availabilitySettingsSchema.safeParse({ days: [], start: "15:00", end: "09:00", calendarFeedUrl: "file:///etc/passwd" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["days", "calendarFeedUrl"]));
  });
});
