import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import {
  applicationEvents,
  applications,
  candidateAccessTokens,
  candidateMerges,
  candidates,
  emailOutbox,
  files,
  jobs,
  jobStages,
  notes,
  notifications,
} from "../schema";

/**
 * Where a merged candidate's record went: the id of the surviving candidate (following earlier merges),
 * or null when the candidate was not merged or is not in this organisation. The profile page sends a
 * merged candidate's URL here.
 */
export async function findMergedInto(organizationId: string, candidateId: string): Promise<string | null> {
  let current = candidateId;
  // Merges repoint earlier merges to the new survivor, so one hop is the rule; the bound guards bad data.
  for (let hop = 0; hop < 5; hop++) {
    const [row] = await db()
      .select({ mergedIntoId: candidates.mergedIntoId })
      .from(candidates)
      .where(and(eq(candidates.id, current), eq(candidates.organizationId, organizationId)))
      .limit(1);
    if (!row?.mergedIntoId) return current === candidateId ? null : current;
    current = row.mergedIntoId;
  }
  return current;
}

async function candidateApplications(executor: Executor, organizationId: string, candidateId: string) {
  return executor
    .select({
      id: applications.id,
      jobId: applications.jobId,
      jobTitle: jobs.title,
      stageName: jobStages.name,
      status: applications.status,
      appliedAt: applications.createdAt,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.candidateId, candidateId), eq(applications.organizationId, organizationId)))
    .orderBy(asc(applications.createdAt));
}

export type MergeSide = NonNullable<Awaited<ReturnType<typeof getMergeSide>>>;

/** One record as the merge page shows it: contact details, counts of what it owns, and its applications. */
export async function getMergeSide(organizationId: string, candidateId: string) {
  const [candidate] = await db()
    .select({
      id: candidates.id,
      name: candidates.name,
      email: candidates.email,
      phone: candidates.phone,
      location: candidates.location,
      links: candidates.links,
      mergedIntoId: candidates.mergedIntoId,
      anonymizedAt: candidates.anonymizedAt,
      createdAt: candidates.createdAt,
      noteCount: sql<number>`(select count(*)::int from notes n where n.candidate_id = candidates.id)`.mapWith(Number),
      fileCount: sql<number>`(select count(*)::int from files f where f.candidate_id = candidates.id)`.mapWith(Number),
    })
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, organizationId)))
    .limit(1);
  if (!candidate) return null;
  return { ...candidate, applications: await candidateApplications(db(), organizationId, candidateId) };
}

/** Whether `mergedId` was merged into `survivorId` in this organisation. */
export async function hasMerge(organizationId: string, survivorId: string, mergedId: string): Promise<boolean> {
  const [merge] = await db()
    .select({ id: candidateMerges.id })
    .from(candidateMerges)
    .where(and(eq(candidateMerges.organizationId, organizationId), eq(candidateMerges.survivorId, survivorId), eq(candidateMerges.mergedId, mergedId)))
    .limit(1);
  return Boolean(merge);
}

export type LockedCandidate = typeof candidates.$inferSelect;

/** Both candidates of the organisation, locked in id order so two opposite merges can't deadlock. */
export async function lockCandidates(tx: Executor, organizationId: string, ids: string[]): Promise<LockedCandidate[]> {
  return tx
    .select()
    .from(candidates)
    .where(and(inArray(candidates.id, ids), eq(candidates.organizationId, organizationId)))
    .orderBy(asc(candidates.id))
    .for("update");
}

/** Titles of the jobs both candidates applied to (which make a merge impossible). */
export async function listSharedJobTitles(executor: Executor, survivorId: string, mergedId: string): Promise<string[]> {
  const rows = await executor
    .select({ title: jobs.title })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(
      and(
        eq(applications.candidateId, mergedId),
        sql`exists (select 1 from ${applications} s where s.job_id = ${applications.jobId} and s.candidate_id = ${survivorId})`,
      ),
    );
  return rows.map((row) => row.title);
}

export type MovedRecords = Record<"applications" | "notes" | "files" | "accessTokens" | "notifications" | "emails", string[]>;

/** Moves every application, note, file, status link, notification and queued email of one candidate to another. */
export async function moveCandidateRecords(tx: Executor, organizationId: string, fromId: string, toId: string): Promise<MovedRecords> {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  return {
    applications: ids(
      await tx
        .update(applications)
        .set({ candidateId: toId, version: sql`${applications.version} + 1` })
        .where(eq(applications.candidateId, fromId))
        .returning({ id: applications.id }),
    ),
    notes: ids(await tx.update(notes).set({ candidateId: toId }).where(eq(notes.candidateId, fromId)).returning({ id: notes.id })),
    files: ids(await tx.update(files).set({ candidateId: toId }).where(eq(files.candidateId, fromId)).returning({ id: files.id })),
    accessTokens: ids(
      await tx
        .update(candidateAccessTokens)
        .set({ candidateId: toId })
        .where(eq(candidateAccessTokens.candidateId, fromId))
        .returning({ id: candidateAccessTokens.id }),
    ),
    notifications: ids(
      await tx.update(notifications).set({ candidateId: toId }).where(eq(notifications.candidateId, fromId)).returning({ id: notifications.id }),
    ),
    emails: ids(
      await tx
        .update(emailOutbox)
        .set({ candidateId: toId })
        .where(and(eq(emailOutbox.candidateId, fromId), eq(emailOutbox.organizationId, organizationId)))
        .returning({ id: emailOutbox.id }),
    ),
  };
}

export type CandidateDetails = Pick<LockedCandidate, "name" | "email" | "phone" | "location" | "links">;

export const detailsOf = (c: LockedCandidate): CandidateDetails => ({ name: c.name, email: c.email, phone: c.phone, location: c.location, links: c.links });

/**
 * Points the merged record at the survivor and empties it (its address freed first, so the survivor may
 * take it), gives the survivor `survivorDetails` when set, and sends records merged into the merged one
 * earlier straight to the survivor.
 */
export async function retireMergedCandidate(
  tx: Executor,
  { mergedId, survivorId, displayName, survivorDetails }: { mergedId: string; survivorId: string; displayName: string; survivorDetails: CandidateDetails | null },
) {
  await tx
    .update(candidates)
    .set({ name: displayName, email: `merged+${mergedId}@invalid`, phone: null, location: null, links: [], mergedIntoId: survivorId })
    .where(eq(candidates.id, mergedId));
  await tx
    .update(candidates)
    .set(survivorDetails ?? { updatedAt: new Date() })
    .where(eq(candidates.id, survivorId));
  await tx.update(candidates).set({ mergedIntoId: survivorId }).where(eq(candidates.mergedIntoId, mergedId));
}

/** The merge record (what the merged record held, what moved) and a candidate_merged event on each moved application. */
export async function insertMerge(
  tx: Executor,
  merge: { organizationId: string; survivorId: string; mergedId: string; actorUserId: string; data: Record<string, unknown>; movedApplicationIds: string[] },
): Promise<string> {
  const [row] = await tx
    .insert(candidateMerges)
    .values({ organizationId: merge.organizationId, survivorId: merge.survivorId, mergedId: merge.mergedId, actorUserId: merge.actorUserId, data: merge.data })
    .returning({ id: candidateMerges.id });
  if (!row) throw new Error("merge not recorded");
  if (merge.movedApplicationIds.length) {
    await tx.insert(applicationEvents).values(
      merge.movedApplicationIds.map((applicationId) => ({
        organizationId: merge.organizationId,
        applicationId,
        type: "candidate_merged" as const,
        actorUserId: merge.actorUserId,
        data: { mergeId: row.id, fromCandidateId: merge.mergedId, toCandidateId: merge.survivorId },
      })),
    );
  }
  return row.id;
}
