import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { organizations } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { startUserSession } from "@/server/auth/user-sessions";
import { viewerTimeZone } from "@/lib/format";
import { changeTimeZone } from "./change-time-zone";

const db = setupTestDatabase();

/** The zone the session would show times in, as getCurrentAccount resolves it. */
async function zoneOf(userId: string, sessionId: string) {
  const [membership] = await listMembershipsForSession(userId, sessionId);
  return viewerTimeZone(membership!.userTimeZone, membership!.organizationTimeZone);
}

describe("choosing a time zone", () => {
  it("follows the organisation's zone until the person chooses their own, and changes no one else's", async () => {
    const org = await createIsolatedOrganization(db());
    const { recruiter, admin } = org.users;
    const [mine, theirs] = [await startUserSession(recruiter, "password"), await startUserSession(admin, "password")];
    expect(await zoneOf(recruiter.id, mine)).toBe("UTC");

    await db()
      .update(organizations)
      .set({ settings: { timeZone: "Europe/Berlin" } })
      .where(eq(organizations.id, org.organization.id));
    expect(await zoneOf(recruiter.id, mine)).toBe("Europe/Berlin");

    await expect(changeTimeZone({ userId: recruiter.id }, { timeZone: "America/New_York" })).resolves.toEqual({ timeZone: "America/New_York" });
    expect(await zoneOf(recruiter.id, mine)).toBe("America/New_York");
    expect(await zoneOf(admin.id, theirs)).toBe("Europe/Berlin");

    await changeTimeZone({ userId: recruiter.id }, { timeZone: null });
    expect(await zoneOf(recruiter.id, mine)).toBe("Europe/Berlin");
  });
});
