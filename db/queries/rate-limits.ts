import "server-only";
import { and, eq, gt, inArray, isNull, lte, max, or, sql, type SQL } from "drizzle-orm";
import { db } from "../client";
import { rateLimits } from "../schema";

export type RateLimitRule = { key: string; limit: number; windowMinutes: number; lockMinutes: number };

/** The latest lock still in force among these keys, if any. */
export async function findActiveLock(keys: string[]): Promise<Date | null> {
  const [row] = await db()
    .select({ until: max(rateLimits.lockedUntil) })
    .from(rateLimits)
    .where(and(inArray(rateLimits.key, keys), gt(rateLimits.lockedUntil, sql`now()`)));
  return row?.until ?? null;
}

/**
 * Counts one hit atomically (safe across app processes) and locks the key for `lockMinutes` once it
 * reaches `limit` within the window. Returns the lock's end when this hit caused or met a lock.
 */
export async function recordHit(rule: RateLimitRule): Promise<Date | null> {
  const [row] = await hit(rule).returning({ lockedUntil: rateLimits.lockedUntil });
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * The same as findActiveLock followed by recordHit, in one statement: counts one hit unless the key is
 * locked (the lock lives on the key's own row). False, with nothing counted, while a lock is in force.
 */
export async function recordHitUnlessLocked(rule: RateLimitRule): Promise<boolean> {
  const counted = await hit(rule, or(isNull(rateLimits.lockedUntil), lte(rateLimits.lockedUntil, sql`now()`))).returning({ key: rateLimits.key });
  return counted.length > 0;
}

function hit({ key, limit, windowMinutes, lockMinutes }: RateLimitRule, onlyIf?: SQL) {
  const windowExpired = sql`${rateLimits.windowStartedAt} < now() - make_interval(mins => ${windowMinutes})`;
  const hits = sql`case when ${windowExpired} then 1 else ${rateLimits.hits} + 1 end`;
  return db()
    .insert(rateLimits)
    .values({ key, hits: 1, lockedUntil: limit <= 1 ? sql`now() + make_interval(mins => ${lockMinutes})` : null })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits,
        windowStartedAt: sql`case when ${windowExpired} then now() else ${rateLimits.windowStartedAt} end`,
        lockedUntil: sql`case when ${hits} >= ${limit} then now() + make_interval(mins => ${lockMinutes}) else ${rateLimits.lockedUntil} end`,
      },
      setWhere: onlyIf,
    });
}

export async function clearHits(key: string): Promise<void> {
  await db().delete(rateLimits).where(eq(rateLimits.key, key));
}
