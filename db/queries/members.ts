import "server-only";
import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import type { MemberRole } from "@/lib/enums";
import { db, type Executor } from "../client";
import { memberships, organizations, users } from "../schema";

// Managing an organisation's members (Settings → Members). Every query is scoped by the organisation.

const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  deactivatedAt: memberships.deactivatedAt,
};

/** Every member, active or deactivated, for the members page: active first, then by name. */
export async function listMembersWithStatus(organizationId: string) {
  return db()
    .select({ ...memberColumns, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(sql`${memberships.deactivatedAt} is not null`, asc(users.name));
}

/**
 * Locks the organisation's row until the transaction ends, so changes to who is an admin happen one at
 * a time: the "last active admin" check then sees every other change already made.
 */
export async function lockOrganization(tx: Executor, organizationId: string): Promise<boolean> {
  const rows = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, organizationId)).for("update");
  return rows.length > 0;
}

export async function findMembership(executor: Executor, organizationId: string, userId: string) {
  const [row] = await executor
    .select({ ...memberColumns, userDisabledAt: users.disabledAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** The membership of the person with this email (any case), active or not, or null. */
export async function findMembershipByEmail(executor: Executor, organizationId: string, email: string) {
  const [row] = await executor
    .select({ userId: users.id, deactivatedAt: memberships.deactivatedAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), sql`lower(${users.email}) = lower(${email})`));
  return row ?? null;
}

/** Admins who can sign in: neither their membership deactivated nor their account disabled (`candor user disable`). */
export async function countActiveAdmins(executor: Executor, organizationId: string): Promise<number> {
  const [row] = await executor
    .select({ n: count() })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, "admin"), isNull(memberships.deactivatedAt), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

/**
 * The organisations in which this person is the only active admin, their rows locked until the
 * transaction ends (as lockOrganization does), so no role change elsewhere can race the answer.
 */
export async function lockOrganizationsOnlyAdministeredBy(tx: Executor, userId: string): Promise<{ id: string; name: string }[]> {
  const theirs = await tx
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .innerJoin(memberships, eq(memberships.organizationId, organizations.id))
    .where(and(eq(memberships.userId, userId), eq(memberships.role, "admin"), isNull(memberships.deactivatedAt)))
    .orderBy(asc(organizations.name))
    .for("update", { of: organizations });
  const only: { id: string; name: string }[] = [];
  for (const organization of theirs) {
    if ((await countActiveAdmins(tx, organization.id)) <= 1) only.push(organization);
  }
  return only;
}

export async function updateMembershipRole(tx: Executor, organizationId: string, userId: string, role: MemberRole) {
  await tx.update(memberships).set({ role }).where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

/** Deactivates (now) or reactivates a membership. */
export async function setMembershipDeactivated(tx: Executor, organizationId: string, userId: string, deactivated: boolean) {
  await tx
    .update(memberships)
    .set({ deactivatedAt: deactivated ? sql`now()` : null })
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

export async function insertMembership(tx: Executor, membership: { organizationId: string; userId: string; role: MemberRole }) {
  await tx.insert(memberships).values(membership);
}

/** Makes the user a member; no change when they already are one. Returns whether they joined now. */
export async function addMembership(executor: Executor, values: { organizationId: string; userId: string; role: MemberRole }): Promise<boolean> {
  const added = await executor.insert(memberships).values(values).onConflictDoNothing().returning({ id: memberships.id });
  return added.length > 0;
}
