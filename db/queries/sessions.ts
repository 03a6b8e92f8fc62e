import "server-only";
import { and, eq, gt, isNull, lt, ne, notExists, or, sql } from "drizzle-orm";
import { env } from "@/lib/env";
import { db, type Executor } from "../client";
import { memberships, userSessions } from "../schema";

// Sessions belong to a user: one sign-in works for every organisation they are in, except a sign-in through
// an organisation's SSO, which opens that organisation only (`organizationId`).

/**
 * A session still in force: not ended, and signed in less than SESSION_MAX_AGE_DAYS ago. However often
 * the cookie is renewed, a session this old opens nothing: its next request is signed out.
 */
export function sessionIsOpen() {
  return and(
    isNull(userSessions.endedAt),
    gt(userSessions.createdAt, sql`now() - make_interval(days => ${env().SESSION_MAX_AGE_DAYS})`),
  );
}

export async function createUserSession(
  executor: Executor,
  session: { userId: string; organizationId?: string | null; ip: string | null; userAgent: string | null },
) {
  const [row] = await executor
    .insert(userSessions)
    .values({
      userId: session.userId,
      organizationId: session.organizationId ?? null,
      ip: session.ip,
      userAgent: session.userAgent?.slice(0, 512) ?? null,
    })
    .returning({ id: userSessions.id });
  return row!.id;
}

/** Ends one session (signing out in this browser). */
export async function endUserSession(executor: Executor, sessionId: string) {
  await executor.update(userSessions).set({ endedAt: sql`now()` }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}

/**
 * Ends every open session of a user, except `keepSessionId` when given (a password change keeps the
 * browser that made it signed in). Returns how many were ended.
 */
export async function endUserSessions(executor: Executor, userId: string, keepSessionId?: string) {
  const ended = await executor
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), sessionIsOpen(), keepSessionId ? ne(userSessions.id, keepSessionId) : undefined))
    .returning({ id: userSessions.id });
  return ended.length;
}

/**
 * Ends the user's open sessions that no longer open any organisation (after a membership is deactivated):
 * one an organisation's SSO opened, once that membership is inactive; any other, once the user has no
 * active membership left. Sessions that still open an organisation go on. Returns how many were ended.
 */
export async function endSessionsOpeningNothing(executor: Executor, userId: string) {
  const opensSome = executor
    .select({ one: sql`1` })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
        or(isNull(userSessions.organizationId), eq(memberships.organizationId, userSessions.organizationId)),
      ),
    );
  const ended = await executor
    .update(userSessions)
    .set({ endedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), sessionIsOpen(), notExists(opensSome)))
    .returning({ id: userSessions.id });
  return ended.length;
}

/** Open sessions of a user, newest first (for "where you're signed in"). */
export async function listOpenSessions(userId: string) {
  return db()
    .select({ id: userSessions.id, ip: userSessions.ip, userAgent: userSessions.userAgent, createdAt: userSessions.createdAt, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), sessionIsOpen()))
    .orderBy(sql`${userSessions.lastSeenAt} desc`);
}

/** Marks the session as seen now, at most once every five minutes (one write, not one per request). */
export async function touchUserSession(sessionId: string) {
  await db()
    .update(userSessions)
    .set({ lastSeenAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, sql`now() - interval '5 minutes'`)));
}

/** Whether this open session of the user was signed in within the last `minutes`, by the database's clock. */
export async function isSessionSignedInWithin(sessionId: string, userId: string, minutes: number): Promise<boolean> {
  const [row] = await db()
    .select({ id: userSessions.id })
    .from(userSessions)
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.endedAt),
        gt(userSessions.createdAt, sql`now() - make_interval(mins => ${minutes})`),
      ),
    );
  return row !== undefined;
}
