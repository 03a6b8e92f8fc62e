import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import type { JobTeamRole } from "@/lib/enums";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { db, type Transaction } from "../client";
import { jobMembers, memberships, users } from "../schema";
import { lockManagedJob } from "./jobs";

/** The job's hiring team with names, for the team page (managers only). */
export async function listJobTeam(viewer: Viewer, jobId: string) {
  return db()
    .select({ userId: users.id, name: users.name, email: users.email, role: jobMembers.role, organizationRole: memberships.role })
    .from(jobMembers)
    .innerJoin(users, eq(users.id, jobMembers.userId))
    .innerJoin(memberships, and(eq(memberships.userId, jobMembers.userId), eq(memberships.organizationId, jobMembers.organizationId)))
    .where(and(eq(jobMembers.organizationId, viewer.organizationId), eq(jobMembers.jobId, jobId)))
    .orderBy(asc(users.name));
}

export async function addJobMember(viewer: Viewer, jobId: string, userId: string, role: JobTeamRole) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.organizationId, viewer.organizationId), eq(memberships.userId, userId)))
      .limit(1);
    if (!member) {
      throw new AppError("NOT_FOUND", "That person is not a member of your organisation.", { userId: ["Choose a member of your organisation."] });
    }
    try {
      await tx.insert(jobMembers).values({ organizationId: viewer.organizationId, jobId, userId, role });
    } catch (error) {
      if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "That person is already on the hiring team.", { userId: ["Already on the hiring team."] });
      throw error;
    }
  });
}

async function updateMembership(viewer: Viewer, jobId: string, userId: string, change: (tx: Transaction, where: ReturnType<typeof and>) => Promise<{ id: string }[]>) {
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, viewer, jobId);
    const rows = await change(tx, and(eq(jobMembers.jobId, jobId), eq(jobMembers.userId, userId), eq(jobMembers.organizationId, viewer.organizationId)));
    if (rows.length === 0) throw new AppError("NOT_FOUND", "That person is no longer on the hiring team. Reload the page.");
  });
}

export async function changeJobMemberRole(viewer: Viewer, jobId: string, userId: string, role: JobTeamRole) {
  await updateMembership(viewer, jobId, userId, (tx, where) =>
    tx.update(jobMembers).set({ role }).where(where).returning({ id: jobMembers.id }),
  );
}

export async function removeJobMember(viewer: Viewer, jobId: string, userId: string) {
  await updateMembership(viewer, jobId, userId, (tx, where) => tx.delete(jobMembers).where(where).returning({ id: jobMembers.id }));
}
