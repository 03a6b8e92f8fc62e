import "server-only";
import { and, desc, eq, inArray, isNull, or } from "drizzle-orm";
import { mentionTargets, type MentionTarget } from "@/lib/notes/audience";
import { db, type Executor } from "../client";
import { apiKeys, applications, jobMembers, jobStages, jobs, memberships, notes, users } from "../schema";

/** Everyone a note about this candidate (or one of their applications) may mention, the author excluded. */
export async function listMentionTargets(
  executor: Executor,
  author: { organizationId: string; userId: string },
  candidateId: string,
  applicationId?: string,
): Promise<MentionTarget[]> {
  const [members, candidateApplications] = await Promise.all([
    executor
      .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      // A deactivated member is never mentioned: they could not open the note, and must get no email about it.
      .where(and(eq(memberships.organizationId, author.organizationId), isNull(memberships.deactivatedAt)))
      .orderBy(users.name),
    executor
      .select({
        id: applications.id,
        jobId: applications.jobId,
        anonymizedReview: jobs.anonymizedReview,
        identityRevealedAt: applications.identityRevealedAt,
        stageKind: jobStages.kind,
      })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
      .where(
        and(
          eq(applications.organizationId, author.organizationId),
          eq(applications.candidateId, candidateId),
          applicationId ? eq(applications.id, applicationId) : undefined,
        ),
      ),
  ]);
  const jobIds = [...new Set(candidateApplications.map((a) => a.jobId))];
  const teamRows =
    jobIds.length === 0
      ? []
      : await executor.select({ jobId: jobMembers.jobId, userId: jobMembers.userId }).from(jobMembers).where(inArray(jobMembers.jobId, jobIds));
  const teams = new Map<string, Set<string>>();
  for (const row of teamRows) (teams.get(row.jobId) ?? teams.set(row.jobId, new Set()).get(row.jobId)!).add(row.userId);
  return mentionTargets(members, candidateApplications, teams, applicationId).filter((m) => m.userId !== author.userId);
}

/**
 * Notes on the candidate, newest first: those on the given applications, and (when `general`) those on
 * the candidate as a whole. Callers pass only applications the viewer may see.
 */
export async function listNotes(
  organizationId: string,
  candidateId: string,
  { applicationIds, general }: { applicationIds: string[]; general: boolean },
) {
  const scope = or(
    applicationIds.length > 0 ? inArray(notes.applicationId, applicationIds) : undefined,
    general ? isNull(notes.applicationId) : undefined,
  );
  if (!scope) return [];
  return db()
    .select({
      id: notes.id,
      applicationId: notes.applicationId,
      jobTitle: jobs.title,
      authorName: users.name,
      authorApiKeyName: apiKeys.name,
      body: notes.body,
      createdAt: notes.createdAt,
    })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, notes.authorApiKeyId))
    .leftJoin(applications, eq(applications.id, notes.applicationId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .where(and(eq(notes.organizationId, organizationId), eq(notes.candidateId, candidateId), scope))
    .orderBy(desc(notes.createdAt), desc(notes.id))
    .limit(200);
}

export type NoteRow = Awaited<ReturnType<typeof listNotes>>[number];

export async function insertNote(
  executor: Executor,
  values: { organizationId: string; candidateId: string; applicationId?: string; authorUserId: string | null; authorApiKeyId?: string | null; body: string },
): Promise<string> {
  const [row] = await executor.insert(notes).values(values).returning({ id: notes.id });
  if (!row) throw new Error("note insert returned no row");
  return row.id;
}
