import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { seesAllJobs, type Viewer } from "@/lib/auth/viewer";
import { hidesIdentity } from "@/lib/review/identity";
import { readFileBytes } from "@/lib/storage";
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

/** The oldest file whose text is still to be read (see lib/applications/text-extraction.ts). */
export async function findPendingTextFile() {
  const [file] = await db()
    .select({ id: files.id, mediaType: files.mediaType, storageKey: files.storageKey })
    .from(files)
    .where(eq(files.textPending, true))
    .orderBy(asc(files.createdAt))
    .limit(1);
  return file ?? null;
}

/** Records a file's text (null when none could be read); a second server doing the same file changes nothing. */
export async function recordExtractedText(fileId: string, text: string | null) {
  await db()
    .update(files)
    .set({ extractedText: text, textPending: false })
    .where(and(eq(files.id, fileId), eq(files.textPending, true)));
}
