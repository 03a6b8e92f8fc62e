import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { findActiveLock, recordHit, recordHitUnlessLocked } from "./rate-limits";

const db = setupTestDatabase();

const rule = (limit: number) => ({ key: `test:${randomUUID()}`, limit, windowMinutes: 60, lockMinutes: 30 });
const minutesFromNow = (date: Date | null) => (date ? Math.round((date.getTime() - Date.now()) / 60_000) : null);

describe("rate limits", () => {
  it("lock a key for the lock's length once its hits reach the limit, and count nothing while locked", async () => {
    const threeAnHour = rule(3);
    expect(await recordHitUnlessLocked(threeAnHour)).toBe(true);
    expect(await recordHitUnlessLocked(threeAnHour)).toBe(true);
    expect(await findActiveLock([threeAnHour.key])).toBeNull();
    expect(await recordHitUnlessLocked(threeAnHour)).toBe(true);
    expect(minutesFromNow(await findActiveLock([threeAnHour.key]))).toBe(30);

    expect(await recordHitUnlessLocked(threeAnHour)).toBe(false);
    const [row] = await db().select().from(rateLimits).where(eq(rateLimits.key, threeAnHour.key));
    expect(row?.hits).toBe(3);
  });

  it("lock at the first hit when the limit is one", async () => {
    const once = rule(1);
    expect(minutesFromNow(await recordHit(once))).toBe(30);
    expect(await recordHitUnlessLocked(once)).toBe(false);
  });

  it("start counting again once the window has passed, and lift the lock when it ends", async () => {
    const twoAnHour = rule(2);
    expect(await recordHit(twoAnHour)).toBeNull();
    await db().update(rateLimits).set({ windowStartedAt: sql`now() - interval '61 minutes'` }).where(eq(rateLimits.key, twoAnHour.key));
    expect(await recordHit(twoAnHour)).toBeNull(); // the first hit of a new window, not the second of the old one
    expect(minutesFromNow(await recordHit(twoAnHour))).toBe(30);

    await db().update(rateLimits).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(rateLimits.key, twoAnHour.key));
    expect(await findActiveLock([twoAnHour.key])).toBeNull();
    expect(await recordHitUnlessLocked(twoAnHour)).toBe(true);
  });

  it("keep each key's count to itself", async () => {
    const [first, second] = [rule(2), rule(2)];
    await recordHit(first);
    expect(minutesFromNow(await recordHit(first))).toBe(30);
    expect(await recordHit(second)).toBeNull();
    expect(await findActiveLock([second.key])).toBeNull();
  });
});
