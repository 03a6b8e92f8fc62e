import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { findActiveLock, recordHit, recordHitUnlessLocked } from "./rate-limits";

const db = setupTestDatabase();

// Each rule has lengths of its own: the statements are prepared once, and must take every rule's values.
const rule = (limit: number, windowMinutes: number, lockMinutes: number) => ({ key: `test:${randomUUID()}`, limit, windowMinutes, lockMinutes });
const minutesFromNow = (date: Date | null) => (date ? Math.round((date.getTime() - Date.now()) / 60_000) : null);

describe("rate limits", () => {
  it("lock a key for the lock's length once its hits reach the limit, and count nothing while locked", async () => {
    const threeAnHour = rule(3, 60, 30);
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
    const once = rule(1, 60, 45);
    expect(minutesFromNow(await recordHit(once))).toBe(45);
    expect(await recordHitUnlessLocked(once)).toBe(false);
  });

  it("start counting again once the window has passed, and lift the lock when it ends", async () => {
    const twoInTen = rule(2, 10, 20);
    expect(await recordHit(twoInTen)).toBeNull();
    await db().update(rateLimits).set({ windowStartedAt: sql`now() - interval '11 minutes'` }).where(eq(rateLimits.key, twoInTen.key));
    expect(await recordHit(twoInTen)).toBeNull(); // the first hit of a new window, not the second of the old one
    expect(minutesFromNow(await recordHit(twoInTen))).toBe(20);

    await db().update(rateLimits).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(rateLimits.key, twoInTen.key));
    expect(await findActiveLock([twoInTen.key])).toBeNull();
    expect(await recordHitUnlessLocked(twoInTen)).toBe(true);
  });

  it("keep a window open for its own length", async () => {
    const twoInSixty = rule(2, 60, 20);
    await recordHit(twoInSixty);
    await db().update(rateLimits).set({ windowStartedAt: sql`now() - interval '11 minutes'` }).where(eq(rateLimits.key, twoInSixty.key));
    expect(minutesFromNow(await recordHit(twoInSixty))).toBe(20); // eleven minutes in, the same window: the second hit locks
  });

  it("keep each key's count to itself", async () => {
    const [first, second] = [rule(2, 60, 30), rule(2, 60, 30)];
    await recordHit(first);
    expect(minutesFromNow(await recordHit(first))).toBe(30);
    expect(await recordHit(second)).toBeNull();
    expect(await findActiveLock([second.key])).toBeNull();
  });
});
