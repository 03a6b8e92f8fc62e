import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "../client";
import { memberships, organizations, users } from "../schema";

/** Every organisation this user belongs to, oldest membership first. */
export async function listMembershipsForUser(userId: string) {
  return db()
    .select({
      organizationId: organizations.id,
      organizationSlug: organizations.slug,
      organizationName: organizations.name,
      role: memberships.role,
      userName: users.name,
      userEmail: users.email,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(organizations.slug));
}

export async function listMembers(organizationId: string) {
  return db()
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(users.name));
}
