import "server-only";
import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias, hidesIdentity } from "@/lib/review/identity";
import { db, type Executor } from "../client";
import { applications, candidates, jobStages, jobs, notifications, users } from "../schema";

export type MentionData = { noteId: string; applicationId?: string; excerpt: string };

export async function insertNotifications(
  executor: Executor,
  rows: (
    | { organizationId: string; userId: string; type: "mention"; actorUserId: string | null; candidateId: string; data: MentionData }
    | { organizationId: string; userId: string; type: "scorecard_due"; candidateId: string; data: { interviewId: string; applicationId: string; title: string } }
    | { organizationId: string; userId: string; type: "email_reply"; candidateId: string; data: { inboundEmailId: string; applicationId: string; excerpt: string } }
  )[],
) {
  if (rows.length > 0) await executor.insert(notifications).values(rows);
}

const actors = alias(users, "actors");
const applicationIdInData = sql`(${notifications.data}->>'applicationId')::uuid`;

/**
 * The viewer's notifications, newest first. The candidate is named only where the viewer may know who
 * they are now (anonymised review is decided at read time, so a later reveal shows the name).
 */
export async function listNotifications(viewer: Viewer, limit = 100) {
  const rows = await db()
    .select({
      id: notifications.id,
      type: notifications.type,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      actorName: actors.name,
      candidateId: notifications.candidateId,
      candidateName: candidates.name,
      applicationId: applications.id,
      jobTitle: jobs.title,
      anonymizedReview: jobs.anonymizedReview,
      identityRevealedAt: applications.identityRevealedAt,
      stageKind: jobStages.kind,
    })
    .from(notifications)
    .leftJoin(actors, eq(actors.id, notifications.actorUserId))
    .leftJoin(candidates, eq(candidates.id, notifications.candidateId))
    .leftJoin(applications, and(eq(applications.id, applicationIdInData), eq(applications.organizationId, viewer.organizationId)))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(notifications.organizationId, viewer.organizationId), eq(notifications.userId, viewer.userId)))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
  return rows.map(({ candidateName, anonymizedReview, identityRevealedAt, stageKind, data, ...row }) => {
    const hidden = row.applicationId
      ? stageKind === null || hidesIdentity(viewer, { anonymizedReview: anonymizedReview ?? true, identityRevealedAt, stageKind })
      : false;
    const excerpt = typeof data.excerpt === "string" ? data.excerpt : "";
    return {
      ...row,
      excerpt,
      subject: row.applicationId && hidden ? candidateAlias(row.applicationId) : (candidateName ?? "A candidate"),
      href: row.applicationId ? `/applications/${row.applicationId}` : row.candidateId ? `/candidates/${row.candidateId}` : "/notifications",
    };
  });
}

export type NotificationItem = Awaited<ReturnType<typeof listNotifications>>[number];

export async function countUnreadNotifications(viewer: Viewer): Promise<number> {
  const [row] = await db()
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.organizationId, viewer.organizationId), eq(notifications.userId, viewer.userId), isNull(notifications.readAt)));
  return row?.value ?? 0;
}

/** Marks one of the viewer's own notifications read; false when it is not theirs (or does not exist). */
export async function markNotificationRead(viewer: Viewer, notificationId: string): Promise<boolean> {
  const rows = await db()
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(
      and(eq(notifications.id, notificationId), eq(notifications.organizationId, viewer.organizationId), eq(notifications.userId, viewer.userId)),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

export async function markAllNotificationsRead(viewer: Viewer): Promise<number> {
  const rows = await db()
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.organizationId, viewer.organizationId), eq(notifications.userId, viewer.userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
