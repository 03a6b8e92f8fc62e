import "server-only";
import { and, asc, eq, inArray, isNull, lt, ne, or, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import { applications, files, jobMembers, jobStages, jobs } from "../schema";
import { inJobScope, type JobScope } from "./visibility";

/**
 * A stored file with what decides who may open it (its application's job, anonymised review, stage, the
 * member's place on the job's hiring team), or null when it is missing, another organisation's or on a job outside the scope.
 */
export async function findFileForDownload(executor: Executor, scope: JobScope, fileId: string) {
  const [file] = await executor
    .select({
      id: files.id,
      kind: files.kind,
      originalName: files.originalName,
      mediaType: files.mediaType,
      sizeBytes: files.sizeBytes,
      storageKey: files.storageKey,
      applicationId: files.applicationId,
      jobId: applications.jobId,
      anonymizedReview: jobs.anonymizedReview,
      identityRevealedAt: applications.identityRevealedAt,
      stageKind: jobStages.kind,
      teamRole: jobMembers.role,
    })
    .from(files)
    .leftJoin(applications, eq(applications.id, files.applicationId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobStages, eq(jobStages.id, applications.stageId))
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, applications.jobId), eq(jobMembers.userId, scope.userId)))
    // A logo is public, from its own route (app/api/careers/[org]/logo), not a candidate's document.
    .where(and(eq(files.id, fileId), eq(files.organizationId, scope.organizationId), ne(files.kind, "logo"), inJobScope(scope, applications.jobId)))
    .limit(1);
  return file ?? null;
}

export type DownloadableFile = NonNullable<Awaited<ReturnType<typeof findFileForDownload>>>;

/** A file whose text could not be read this many times (its bytes unreachable, or the process died reading it) gets none. */
export const MAX_TEXT_ATTEMPTS = 3;

/**
 * Claims the oldest file whose text is still to be read and that was not tried in the last minute, and
 * counts the try before anything reads the file, so one that crashes the process is not tried forever.
 * Two servers never claim the same file at once. `attempts` includes this try.
 */
export async function claimPendingTextFile() {
  const next = db()
    .select({ id: files.id })
    .from(files)
    .where(and(eq(files.textPending, true), or(isNull(files.textAttemptedAt), lt(files.textAttemptedAt, sql`now() - interval '1 minute'`))))
    .orderBy(asc(files.createdAt))
    .limit(1)
    .for("update", { skipLocked: true });
  const [file] = await db()
    .update(files)
    .set({ textAttempts: sql`${files.textAttempts} + 1`, textAttemptedAt: sql`now()` })
    .where(inArray(files.id, next))
    .returning({ id: files.id, mediaType: files.mediaType, storageKey: files.storageKey, attempts: files.textAttempts });
  return file ?? null;
}

/** Records a file's text (null when none could be read, or when giving up on it); a file no longer waiting is left alone. */
export async function recordExtractedText(fileId: string, text: string | null) {
  await db()
    .update(files)
    // Postgres text cannot hold NUL, which PDF text sometimes contains.
    .set({ extractedText: text?.replaceAll("\u0000", "") ?? null, textPending: false })
    .where(and(eq(files.id, fileId), eq(files.textPending, true)));
}
