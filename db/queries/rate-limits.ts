import "server-only";
import { and, eq, gt, inArray, isNull, lte, max, or, sql, type SQL } from "drizzle-orm";
import { rateLimitAddress } from "@/lib/client-address";
import { db, type Database } from "../client";
import { preparedOnce } from "../prepared";
import { rateLimits } from "../schema";

export type RateLimitRule = { key: string; limit: number; windowMinutes: number; lockMinutes: number };

/**
 * A limit per client address: `scope` names the limit ("sign-in", "apply"). Every per-address limit is
 * made here, so each counts a client the same way (an IPv6 address by its /64: rateLimitAddress).
 */
export function addressRule(scope: string, ip: string, limits: Omit<RateLimitRule, "key">): RateLimitRule {
  return { key: `${scope}:ip:${rateLimitAddress(ip)}`, ...limits };
}

/** Whole minutes until a lock ends, at least one: what a refusal tells the person. */
export function minutesUntil(lockedUntil: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 60_000));
}

/**
 * Counts an attempt against each rule before the attempt is checked (a password, a code), each count
 * atomic with its lock check (recordHitUnlessLocked): guesses sent all at once are counted one by one,
 * and only those under the limit get checked. Null when it may go ahead; otherwise the end of the lock
 * that refused it (the rules after that one are not counted).
 */
export async function countAttempt(rules: RateLimitRule[]): Promise<{ lockedUntil: Date } | null> {
  for (const rule of rules) {
    if (!(await recordHitUnlessLocked(rule))) {
      // The lock can end between the two statements: then it is the rule's whole lock, rounded.
      return { lockedUntil: (await findActiveLock([rule.key])) ?? new Date(Date.now() + 60_000) };
    }
  }
  return null;
}

/**
 * Takes back an attempt countAttempt counted that turned out to be right (a member signing in from an
 * address others failed from): it no longer counts, and no longer holds a lock it completed.
 */
export async function uncountAttempt(rule: RateLimitRule): Promise<void> {
  await db()
    .update(rateLimits)
    .set({
      hits: sql`greatest(${rateLimits.hits} - 1, 0)`,
      lockedUntil: sql`case when ${rateLimits.hits} - 1 < ${rule.limit} then null else ${rateLimits.lockedUntil} end`,
    })
    .where(eq(rateLimits.key, rule.key));
}

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
  const [row] = await recordHitQuery(db()).execute(rule);
  return row?.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil : null;
}

/**
 * The same as findActiveLock followed by recordHit, in one statement: counts one hit unless the key is
 * locked (the lock lives on the key's own row). False, with nothing counted, while a lock is in force.
 */
export async function recordHitUnlessLocked(rule: RateLimitRule): Promise<boolean> {
  const counted = await recordHitUnlessLockedQuery(db()).execute(rule);
  return counted.length > 0;
}

// Both run on every sign-in attempt or application, so they are prepared once (db/prepared.ts); the
// rule's values are placeholders.
const recordHitQuery = preparedOnce("record_hit", (database) => hit(database).returning({ lockedUntil: rateLimits.lockedUntil }));
const recordHitUnlessLockedQuery = preparedOnce("record_hit_unless_locked", (database) =>
  hit(database, or(isNull(rateLimits.lockedUntil), lte(rateLimits.lockedUntil, sql`now()`))).returning({ key: rateLimits.key }),
);

function hit(database: Database, onlyIf?: SQL) {
  const rule = { key: sql.placeholder("key"), limit: sql.placeholder("limit"), windowMinutes: sql.placeholder("windowMinutes"), lockMinutes: sql.placeholder("lockMinutes") };
  const windowExpired = sql`${rateLimits.windowStartedAt} < now() - make_interval(mins => ${rule.windowMinutes})`;
  const hits = sql`case when ${windowExpired} then 1 else ${rateLimits.hits} + 1 end`;
  const lock = sql`now() + make_interval(mins => ${rule.lockMinutes})`;
  return database
    .insert(rateLimits)
    .values({ key: rule.key, hits: 1, lockedUntil: sql`case when ${rule.limit} <= 1 then ${lock} end` })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits,
        windowStartedAt: sql`case when ${windowExpired} then now() else ${rateLimits.windowStartedAt} end`,
        lockedUntil: sql`case when ${hits} >= ${rule.limit} then ${lock} else ${rateLimits.lockedUntil} end`,
      },
      setWhere: onlyIf,
    });
}

export async function clearHits(key: string): Promise<void> {
  await db().delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * Counts one request in a fixed window of `windowSeconds` on the key's row, atomically (every server
 * shares the count): the hits so far in this window, and the seconds until it starts again.
 */
export async function countWindowHit(key: string, windowSeconds: number): Promise<{ hits: number; resetSeconds: number }> {
  const expired = sql`${rateLimits.windowStartedAt} <= now() - make_interval(secs => ${windowSeconds})`;
  const [row] = await db()
    .insert(rateLimits)
    .values({ key, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`case when ${expired} then 1 else ${rateLimits.hits} + 1 end`,
        windowStartedAt: sql`case when ${expired} then now() else ${rateLimits.windowStartedAt} end`,
      },
    })
    .returning({
      hits: rateLimits.hits,
      resetSeconds: sql<number>`greatest(1, ceil(extract(epoch from (${rateLimits.windowStartedAt} + make_interval(secs => ${windowSeconds}) - now()))))::int`,
    });
  return { hits: row!.hits, resetSeconds: Number(row!.resetSeconds) };
}
