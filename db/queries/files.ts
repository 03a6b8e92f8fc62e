import "server-only";
import { and, asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { hidesIdentity } from "@/lib/review/identity";
import { readFileBytes } from "@/server/storage";
import { db } from "../client";
import { applications, files, jobStages, jobs } from "../schema";
import { onViewersTeam } from "./visibility";

/**
 * A stored file and its bytes, if the viewer may download it; otherwise null, whether it is missing,
 * another organisation's, on a job off their team, or the original of an anonymised candidate's document.
 */
export async function findDownloadableFile(viewer: Viewer, fileId: string) {
  const [file] = await db()
    .select({
      id: files.id,
      originalName: files.originalName,
      mediaType: files.mediaType,
      sizeBytes: files.sizeBytes,
      storageKey: files.storageKey,
      applicationId: files.applicationId,
      jobId: applications.jobId,
      anonymizedReview: jobs.anonymizedReview,
      identityRevealedAt: applications.identityRevealedAt,
      stageKind: jobStages.kind,
    })
    .from(files)
    .leftJoin(applications, eq(applications.id, files.applicationId))
    .leftJoin(jobs, eq(jobs.id, applications.jobId))
    .leftJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(files.id, fileId), eq(files.organizationId, viewer.organizationId), onViewersTeam(viewer, applications.jobId)))
    .limit(1);
  if (!file) return null;
  if (!mayOpen(viewer, file)) return null;
  return { file, data: await readFileBytes(file) };
}

type FileAccess = {
  jobId: string | null;
  anonymizedReview: boolean | null;
  identityRevealedAt: Date | null;
  stageKind: (typeof jobStages.$inferSelect)["kind"] | null;
};

/** The team condition is in the query; what is left is a file of no application and anonymised review. */
function mayOpen(viewer: Viewer, file: FileAccess): boolean {
  // A file of no application (none exist yet) belongs to the candidate: admins and recruiters only.
  if (!file.jobId || !file.stageKind) return seesAllJobs(viewer.role);
  const context = { anonymizedReview: file.anonymizedReview ?? true, identityRevealedAt: file.identityRevealedAt, stageKind: file.stageKind };
  return !hidesIdentity(viewer, context);
}

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
