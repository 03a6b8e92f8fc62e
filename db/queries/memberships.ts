import "server-only";
import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { memberships, organizations, userSessions, userTwoFactor, users } from "../schema";
import { sessionIsOpen } from "./sessions";

/**
 * Every organisation this user may work in through this session, oldest membership first: none when the
 * session has ended or is older than SESSION_MAX_AGE_DAYS, the user is disabled, or the membership is deactivated; only the one organisation
 * whose SSO signed them in, for such a session.
 */
export async function listMembershipsForSession(userId: string, sessionId: string) {
  return db()
    .select({
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      role: memberships.role,
      userName: users.name,
      userEmail: users.email,
      userTimeZone: users.timeZone,
      organizationTimeZone: sql<string | null>`${organizations.settings}->>'timeZone'`,
      sessionLastSeenAt: userSessions.lastSeenAt,
      requireTwoFactor: sql<boolean>`coalesce((${organizations.settings}->>'requireTwoFactor')::boolean, false)`,
      twoFactorConfirmedAt: userTwoFactor.confirmedAt,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(
      userSessions,
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, users.id),
        sessionIsOpen(),
        or(isNull(userSessions.organizationId), eq(userSessions.organizationId, memberships.organizationId)),
      ),
    )
    .leftJoin(userTwoFactor, eq(userTwoFactor.userId, users.id))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt), isNull(users.disabledAt)))
    .orderBy(asc(memberships.createdAt), asc(organizations.slug));
}

/** The organisation's active members (deactivated ones left out), by name: people to pick from. */
export async function listMembers(organizationId: string) {
  return db()
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), isNull(memberships.deactivatedAt)))
    .orderBy(asc(users.name));
}

/** The organisations where this user is an active member (for audit entries about the person). */
export async function listActiveOrganizationIds(executor: Executor, userId: string) {
  const rows = await executor
    .select({ organizationId: memberships.organizationId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)));
  return rows.map((row) => row.organizationId);
}
