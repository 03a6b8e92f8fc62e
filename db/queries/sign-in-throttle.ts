import "server-only";
import { and, eq, gt, inArray, max, sql } from "drizzle-orm";
import { db } from "../client";
import { signInThrottle } from "../schema";

export type ThrottleRule = { key: string; maxFailures: number; windowMinutes: number; lockMinutes: number };

/** The latest lock still in force among these keys, if any. */
export async function findActiveLock(keys: string[]): Promise<Date | null> {
  const [row] = await db()
    .select({ until: max(signInThrottle.lockedUntil) })
    .from(signInThrottle)
    .where(and(inArray(signInThrottle.key, keys), gt(signInThrottle.lockedUntil, sql`now()`)));
  return row?.until ?? null;
}

/** Counts one failure atomically (safe across app processes) and locks the key once it reaches the limit. */
export async function recordFailure({ key, maxFailures, windowMinutes, lockMinutes }: ThrottleRule): Promise<void> {
  const windowExpired = sql`${signInThrottle.windowStartedAt} < now() - make_interval(mins => ${windowMinutes})`;
  const failures = sql`case when ${windowExpired} then 1 else ${signInThrottle.failures} + 1 end`;
  await db()
    .insert(signInThrottle)
    .values({ key, failures: 1, lockedUntil: maxFailures <= 1 ? sql`now() + make_interval(mins => ${lockMinutes})` : null })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures,
        windowStartedAt: sql`case when ${windowExpired} then now() else ${signInThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when ${failures} >= ${maxFailures} then now() + make_interval(mins => ${lockMinutes}) else ${signInThrottle.lockedUntil} end`,
      },
    });
}

export async function clearFailures(key: string): Promise<void> {
  await db().delete(signInThrottle).where(eq(signInThrottle.key, key));
}
