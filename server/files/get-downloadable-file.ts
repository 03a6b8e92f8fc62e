import "server-only";
import { db } from "@/db/client";
import { findFileForDownload, type DownloadableFile } from "@/db/queries/files";
import type { Viewer } from "@/lib/auth/viewer";
import { can, canEverywhere, canOnJob, jobScope } from "@/lib/permissions";
import { fileKindLabels } from "@/lib/files/download";
import { hidesIdentity } from "@/lib/review/identity";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { readFileBytes } from "@/server/storage";

/**
 * A stored file and its bytes, if the member may download it (recorded in the audit log, previews too);
 * otherwise null, whether it is missing, another organisation's, on a job off their team, or the
 * original of an anonymised candidate's document.
 */
export async function findDownloadableFile(viewer: Viewer & { email?: string }, fileId: string, { preview = false } = {}) {
  if (!can(viewer.role, "jobs.read")) return null;
  const file = await findFileForDownload(db(), jobScope(viewer), fileId);
  if (!file || !mayOpen(viewer, file)) return null;
  const data = await readFileBytes(file);
  // Named by id and kind only: a file's name often holds the candidate's.
  await recordAudit(db(), {
    organizationIds: [viewer.organizationId],
    actor: memberActor(viewer),
    action: "file.downloaded",
    target: { type: "file", id: file.id, label: fileKindLabels[file.kind] },
    details: { applicationId: file.applicationId, preview },
  });
  return { file, data };
}

/** The team condition is in the query; what is left is a file of no application and anonymised review. */
function mayOpen(viewer: Viewer, file: DownloadableFile): boolean {
  // An offer letter is for those who see the job's offers (for an interviewer: as its hiring manager).
  if (file.kind === "offer_letter" && !canOnJob(viewer.role, "offers.read", { teamRole: file.teamRole })) return false;
  // A file of no application (none exist yet) belongs to the candidate: members who read every job only.
  if (!file.jobId || !file.stageKind) return canEverywhere(viewer.role, "jobs.read");
  const context = { anonymizedReview: file.anonymizedReview ?? true, identityRevealedAt: file.identityRevealedAt, stageKind: file.stageKind };
  return !hidesIdentity(viewer, context);
}
