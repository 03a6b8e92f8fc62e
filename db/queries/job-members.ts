import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { JobTeamRole } from "@/lib/enums";
import { db, type Executor } from "../client";
import { jobMembers, memberships, users } from "../schema";

/** The job's hiring team with names, for the team page. */
export async function listJobTeam({ organizationId }: { organizationId: string }, jobId: string) {
  return db()
    .select({ userId: users.id, name: users.name, email: users.email, role: jobMembers.role, organizationRole: memberships.role })
    .from(jobMembers)
    .innerJoin(users, eq(users.id, jobMembers.userId))
    .innerJoin(memberships, and(eq(memberships.userId, jobMembers.userId), eq(memberships.organizationId, jobMembers.organizationId)))
    .where(and(eq(jobMembers.organizationId, organizationId), eq(jobMembers.jobId, jobId)))
    .orderBy(asc(users.name));
}

/** Whether the user holds one of `roles` on the hiring team of some job of the organisation. */
export async function holdsTeamRole({ organizationId, userId }: { organizationId: string; userId: string }, roles: JobTeamRole[]): Promise<boolean> {
  if (roles.length === 0) return false;
  const [row] = await db()
    .select({ id: jobMembers.id })
    .from(jobMembers)
    .where(and(eq(jobMembers.organizationId, organizationId), eq(jobMembers.userId, userId), inArray(jobMembers.role, roles)))
    .limit(1);
  return Boolean(row);
}

/** Whether the user is an active (not deactivated) member of the organisation. */
export async function isOrganizationMember(executor: Executor, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await executor
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .limit(1);
  return Boolean(row);
}

/** Throws the unique violation (23505) when the person is already on the team. */
export async function insertJobMember(tx: Executor, row: { organizationId: string; jobId: string; userId: string; role: JobTeamRole }) {
  await tx.insert(jobMembers).values(row);
}

const membership = (organizationId: string, jobId: string, userId: string) =>
  and(eq(jobMembers.jobId, jobId), eq(jobMembers.userId, userId), eq(jobMembers.organizationId, organizationId));

/** Returns whether the person was on the team. */
export async function updateJobMemberRole(tx: Executor, organizationId: string, jobId: string, userId: string, role: JobTeamRole): Promise<boolean> {
  const rows = await tx.update(jobMembers).set({ role }).where(membership(organizationId, jobId, userId)).returning({ id: jobMembers.id });
  return rows.length > 0;
}

/** Returns whether the person was on the team. */
export async function deleteJobMember(tx: Executor, organizationId: string, jobId: string, userId: string): Promise<boolean> {
  const rows = await tx.delete(jobMembers).where(membership(organizationId, jobId, userId)).returning({ id: jobMembers.id });
  return rows.length > 0;
}
