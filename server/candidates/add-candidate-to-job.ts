import "server-only";
import { db } from "@/db/client";
import { insertApplication } from "@/db/queries/applications";
import { isActiveCandidate, isJobTakingApplications } from "@/db/queries/profile";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import { actingUserId, type Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";

/**
 * "Add to another job": a new application for an existing candidate, in the job's first live stage,
 * recorded as added_to_job by the member. The job must be open or a draft.
 */
export async function addCandidateToJob(
  actor: Viewer & { name: string },
  { candidateId, jobId }: { candidateId: string; jobId: string },
): Promise<{ applicationId: string }> {
  assertCan(actor, "candidates.addToJob");
  try {
    return await db().transaction(async (tx) => {
      if (!(await isActiveCandidate(tx, actor.organizationId, candidateId))) throw new AppError("NOT_FOUND", "This candidate no longer exists.");
      if (!(await isJobTakingApplications(tx, actor.organizationId, jobId))) {
        throw new AppError("NOT_FOUND", "That job is closed or no longer exists. Choose another.", { jobId: ["Choose an open or draft job."] });
      }
      const application = await insertApplication(tx, {
        organizationId: actor.organizationId,
        jobId,
        candidateId,
        source: `Added by ${actor.name}`,
        event: { type: "added_to_job", actorUserId: actingUserId(actor) ?? undefined },
      });
      if (!application) throw new AppError("CONFLICT", "That job has no pipeline stages yet. Add a stage to it first.");
      await insertWebhookEvents(tx, actor.organizationId, [
        { type: "application.created", data: { application_id: application.id, job_id: jobId, candidate_id: candidateId } },
      ]);
      return { applicationId: application.id };
    });
  } catch (error) {
    if (postgresErrorCode(error) === "23505") {
      throw new AppError("CONFLICT", "This candidate already has an application for that job.", { jobId: ["Already applied to this job."] });
    }
    throw error;
  }
}
