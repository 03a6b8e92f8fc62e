import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { AppError } from "@/lib/errors";
import type { MergeCandidatesInput } from "@/lib/validation/candidate-search";
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

export type MergeSide = Awaited<ReturnType<typeof loadMergeSide>>;

async function loadMergeSide(organizationId: string, candidateId: string) {
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

/**
 * Both records side by side for the merge page, or null when either is not a candidate of the
 * viewer's organisation or the viewer may not merge. `sharedJobs` names the jobs both applied to,
 * which make the merge impossible.
 */
export async function getMergeComparison(viewer: Viewer, candidateId: string, otherId: string) {
  if (!seesAllJobs(viewer.role) || candidateId === otherId) return null;
  const [survivor, merged] = await Promise.all([loadMergeSide(viewer.organizationId, candidateId), loadMergeSide(viewer.organizationId, otherId)]);
  if (!survivor || !merged) return null;
  const otherJobs = new Set(merged.applications.map((a) => a.jobId));
  const sharedJobs = survivor.applications.filter((a) => otherJobs.has(a.jobId)).map((a) => a.jobTitle);
  return { survivor, merged, sharedJobs };
}

const quoteList = (titles: string[]) => titles.map((title) => `“${title}”`).join(", ");

export type MergeOutcome = { mergeId: string; survivorId: string; movedApplicationIds: string[] };

/**
 * Merges one candidate record into another, in one transaction: every application, note, file, status
 * link, notification and queued email of the merged record moves to the survivor; the merged record is
 * emptied and points at the survivor; candidate_merges keeps what it held and what moved; each moved
 * application gets a candidate_merged event. Refused, changing nothing, when the viewer is not an admin or
 * recruiter, for the same record twice, across organisations, for a merged or deleted record, and when
 * both applied to the same job (an application is unique per job and candidate).
 */
export async function mergeCandidates(viewer: Viewer, input: Pick<MergeCandidatesInput, "survivorId" | "mergedId" | "keepDetailsOf">): Promise<MergeOutcome> {
  if (!seesAllJobs(viewer.role)) throw new AppError("FORBIDDEN", "Only admins and recruiters can merge candidates.");
  const { survivorId, mergedId, keepDetailsOf } = input;
  if (survivorId === mergedId) throw new AppError("CONFLICT", "A candidate can't be merged into itself.");

  return db().transaction(async (tx) => {
    // Both rows locked, in id order so two opposite merges can't deadlock.
    const locked = await tx
      .select()
      .from(candidates)
      .where(and(inArray(candidates.id, [survivorId, mergedId]), eq(candidates.organizationId, viewer.organizationId)))
      .orderBy(asc(candidates.id))
      .for("update");
    const survivor = locked.find((c) => c.id === survivorId);
    const merged = locked.find((c) => c.id === mergedId);
    if (!survivor || !merged) throw new AppError("NOT_FOUND", "One of these candidates doesn't exist or was removed.");
    for (const candidate of [survivor, merged]) {
      if (candidate.mergedIntoId) throw new AppError("CONFLICT", `${candidate.name} was already merged into another record.`);
      if (candidate.anonymizedAt) throw new AppError("CONFLICT", "A candidate whose data was deleted at their request can't be merged.");
    }

    const shared = await tx
      .select({ title: jobs.title })
      .from(applications)
      .innerJoin(jobs, eq(jobs.id, applications.jobId))
      .where(
        and(
          eq(applications.candidateId, mergedId),
          sql`exists (select 1 from ${applications} s where s.job_id = ${applications.jobId} and s.candidate_id = ${survivorId})`,
        ),
      );
    if (shared.length) {
      throw new AppError(
        "CONFLICT",
        `Both candidates applied to ${quoteList(shared.map((s) => s.title))}. A candidate can apply to a job only once, so these records can't be merged.`,
      );
    }

    const moved = {
      applications: await tx
        .update(applications)
        .set({ candidateId: survivorId, version: sql`${applications.version} + 1` })
        .where(eq(applications.candidateId, mergedId))
        .returning({ id: applications.id }),
      notes: await tx.update(notes).set({ candidateId: survivorId }).where(eq(notes.candidateId, mergedId)).returning({ id: notes.id }),
      files: await tx.update(files).set({ candidateId: survivorId }).where(eq(files.candidateId, mergedId)).returning({ id: files.id }),
      accessTokens: await tx
        .update(candidateAccessTokens)
        .set({ candidateId: survivorId })
        .where(eq(candidateAccessTokens.candidateId, mergedId))
        .returning({ id: candidateAccessTokens.id }),
      notifications: await tx
        .update(notifications)
        .set({ candidateId: survivorId })
        .where(eq(notifications.candidateId, mergedId))
        .returning({ id: notifications.id }),
      emails: await tx
        .update(emailOutbox)
        .set({ candidateId: survivorId })
        .where(and(eq(emailOutbox.candidateId, mergedId), eq(emailOutbox.organizationId, viewer.organizationId)))
        .returning({ id: emailOutbox.id }),
    };
    const movedIds = Object.fromEntries(Object.entries(moved).map(([kind, rows]) => [kind, rows.map((row) => row.id)]));

    const details = (c: typeof survivor) => ({ name: c.name, email: c.email, phone: c.phone, location: c.location, links: c.links });
    // The merged record keeps nothing: its address is freed first, so the survivor may take it.
    await tx
      .update(candidates)
      .set({ name: "Merged candidate", email: `merged+${mergedId}@invalid`, phone: null, location: null, links: [], mergedIntoId: survivorId })
      .where(eq(candidates.id, mergedId));
    if (keepDetailsOf === "merged") await tx.update(candidates).set(details(merged)).where(eq(candidates.id, survivorId));
    else await tx.update(candidates).set({ updatedAt: new Date() }).where(eq(candidates.id, survivorId));
    // Records merged into this one earlier now lead straight to the survivor.
    await tx.update(candidates).set({ mergedIntoId: survivorId }).where(eq(candidates.mergedIntoId, mergedId));

    const [merge] = await tx
      .insert(candidateMerges)
      .values({
        organizationId: viewer.organizationId,
        survivorId,
        mergedId,
        actorUserId: viewer.userId,
        data: { merged: details(merged), survivorBefore: details(survivor), keptDetailsOf: keepDetailsOf, moved: movedIds },
      })
      .returning({ id: candidateMerges.id });
    if (!merge) throw new Error("merge not recorded");

    if (moved.applications.length) {
      await tx.insert(applicationEvents).values(
        moved.applications.map(({ id }) => ({
          organizationId: viewer.organizationId,
          applicationId: id,
          type: "candidate_merged" as const,
          actorUserId: viewer.userId,
          data: { mergeId: merge.id, fromCandidateId: mergedId, toCandidateId: survivorId },
        })),
      );
    }
    return { mergeId: merge.id, survivorId, movedApplicationIds: movedIds.applications ?? [] };
  });
}

/** After a merge: the survivor and its applications, or null unless `mergedId` really was merged into it. */
export async function getMergeResult(viewer: Viewer, survivorId: string, mergedId: string) {
  if (!seesAllJobs(viewer.role)) return null;
  const [merge] = await db()
    .select({ id: candidateMerges.id })
    .from(candidateMerges)
    .where(and(eq(candidateMerges.organizationId, viewer.organizationId), eq(candidateMerges.survivorId, survivorId), eq(candidateMerges.mergedId, mergedId)))
    .limit(1);
  if (!merge) return null;
  return loadMergeSide(viewer.organizationId, survivorId);
}
