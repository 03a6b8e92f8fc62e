import "server-only";
import { db } from "@/db/client";
import { deleteJobMember, insertJobMember, isOrganizationMember, updateJobMemberRole } from "@/db/queries/job-members";
import { postgresErrorCode } from "@/lib/db-errors";
import type { JobTeamRole } from "@/lib/enums";
import { AppError } from "@/lib/errors";
import { assertManagesJobs, lockManagedJob, refreshJobPages, type JobEditor } from "./managed-job";

// A job's hiring team decides which hiring managers and interviewers see the job at all.

const NOT_ON_TEAM = "That person is no longer on the hiring team. Reload the page.";

export async function addTeamMember(actor: JobEditor, jobId: string, userId: string, role: JobTeamRole): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    if (!(await isOrganizationMember(tx, actor.organizationId, userId))) {
      throw new AppError("NOT_FOUND", "That person is not a member of your organisation.", { userId: ["Choose a member of your organisation."] });
    }
    try {
      await insertJobMember(tx, { organizationId: actor.organizationId, jobId, userId, role });
    } catch (error) {
      if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", "That person is already on the hiring team.", { userId: ["Already on the hiring team."] });
      throw error;
    }
  });
  refreshJobPages(actor, jobId, { careers: false });
}

export async function changeTeamMemberRole(actor: JobEditor, jobId: string, userId: string, role: JobTeamRole): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    if (!(await updateJobMemberRole(tx, actor.organizationId, jobId, userId, role))) throw new AppError("NOT_FOUND", NOT_ON_TEAM);
  });
  refreshJobPages(actor, jobId, { careers: false });
}

export async function removeTeamMember(actor: JobEditor, jobId: string, userId: string): Promise<void> {
  const scope = assertManagesJobs(actor);
  await db().transaction(async (tx) => {
    await lockManagedJob(tx, scope, jobId);
    if (!(await deleteJobMember(tx, actor.organizationId, jobId, userId))) throw new AppError("NOT_FOUND", NOT_ON_TEAM);
  });
  refreshJobPages(actor, jobId, { careers: false });
}
