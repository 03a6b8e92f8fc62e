import "server-only";
import { db } from "@/db/client";
import { findPipelineJob, findStageNeighbourRows, listLiveStages } from "@/db/queries/pipeline-board";
import type { Viewer } from "@/lib/auth/viewer";
import type { ApplicationNeighbour, ApplicationStage, BoardFilters } from "@/lib/board/types";
import { canOnJob, seesAllJobs } from "@/lib/permissions";
import { candidateAlias, hidesIdentity } from "@/lib/review/identity";
import type { VisibleApplication } from "@/server/candidates/get-candidate-profile";
import { getRejectDialogSettings } from "./board";

// What the application page and the candidate profile need to act on one application as the board does:
// its job's stages, whether this member may move it, the reject dialog's reasons, and its neighbours in
// the board's column. The moves themselves go through the board's actions (server/pipeline/actions.ts).

/** One application's stage and what this member may do with it; null when they may not see its job's pipeline. */
export async function getApplicationStage(member: Viewer & { organizationName: string }, application: VisibleApplication): Promise<ApplicationStage | null> {
  const job = await findPipelineJob(db(), { organizationId: member.organizationId, jobId: application.jobId, userId: member.userId });
  if (!job || !canOnJob(member.role, "jobs.read", job)) return null;
  const canMove = canOnJob(member.role, "pipeline.move", job);
  const [stages, dialog] = await Promise.all([
    listLiveStages(db(), member.organizationId, job.id),
    canMove ? getRejectDialogSettings(member, job.title) : null,
  ]);
  return {
    jobId: job.id,
    applicationId: application.id,
    version: application.version,
    stageId: application.stageId,
    stageName: application.stageName,
    status: application.status,
    stages,
    canMove,
    rejectionReasons: dialog?.reasons ?? [],
    rejectionEmailSubject: dialog?.emailSubject ?? "",
  };
}

/**
 * The applicants before and after this one in its stage, as the board orders and filters them, named as
 * this member may see them (an alias under anonymised review). Off the board (rejected, withdrawn) there are none.
 */
export async function getStageNeighbours(
  viewer: Viewer,
  application: VisibleApplication,
  filters: BoardFilters,
): Promise<{ previous: ApplicationNeighbour | null; next: ApplicationNeighbour | null }> {
  if (application.status !== "active" && application.status !== "hired") return { previous: null, next: null };
  const rows = await findStageNeighbourRows(db(), {
    organizationId: viewer.organizationId,
    jobId: application.jobId,
    stageId: application.stageId,
    applicationId: application.id,
    filters,
    // As on the board: a text search never matches a name or email hidden from this member.
    searchHiddenNames: !application.anonymizedReview || seesAllJobs(viewer.role),
  });
  const named = (row: (typeof rows)["next"]): ApplicationNeighbour | null =>
    row && {
      applicationId: row.applicationId,
      displayName: hidesIdentity(viewer, { anonymizedReview: application.anonymizedReview, identityRevealedAt: row.identityRevealedAt, stageKind: application.stageKind })
        ? candidateAlias(row.applicationId)
        : row.name,
    };
  return { previous: named(rows.previous), next: named(rows.next) };
}
