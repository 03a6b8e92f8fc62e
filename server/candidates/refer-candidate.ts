import "server-only";
import { db } from "@/db/client";
import { insertApplication, insertCandidateFiles } from "@/db/queries/applications";
import { findCandidateByEmail, findStartingStage, insertCandidate, insertNote, listReferrals } from "@/db/queries/candidate-intake";
import type { Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { ReferCandidateInput } from "@/lib/validation/candidates";
import { stageResume, withStagedResume } from "./candidate-intake";

const NOT_OPEN = "That job is no longer open. Choose another.";
const ALREADY = "This person is already being considered for that job.";

/**
 * "Refer someone": any member puts a person forward for an open job. The application starts in the
 * job's first stage with the source "Referral: <member>" and remembers the referrer, who can follow its
 * stage under My referrals. A person the organisation already has keeps their record as it is (a
 * referral never changes someone's details); the note goes on the application as the referrer's note.
 */
export async function referCandidate(actor: Viewer & { name: string }, input: ReferCandidateInput): Promise<{ applicationId: string }> {
  assertCan(actor, "candidates.refer");
  const organizationId = actor.organizationId;
  const email = input.email.toLowerCase();
  const source = `Referral: ${actor.name}`;
  const documents = await stageResume(organizationId, input.resume);
  try {
    return await withStagedResume(documents, async (tx) => {
      const stageId = await findStartingStage(tx, organizationId, input.jobId, { openOnly: true });
      if (!stageId) throw new AppError("NOT_FOUND", NOT_OPEN, { jobId: [NOT_OPEN] });
      const candidateId =
        (await findCandidateByEmail(tx, organizationId, email))?.id ??
        (await insertCandidate(tx, organizationId, { name: input.name, email, phone: input.phone, links: [] }, source));
      const application = await insertApplication(tx, {
        organizationId,
        jobId: input.jobId,
        candidateId,
        stageId,
        source,
        referrerUserId: actor.userId,
        event: { type: "added_to_job", actorUserId: actor.userId, data: { source } },
      });
      if (!application) throw new AppError("NOT_FOUND", NOT_OPEN, { jobId: [NOT_OPEN] });
      await insertCandidateFiles(tx, documents, { organizationId, candidateId, applicationId: application.id });
      if (input.note) await insertNote(tx, { organizationId, candidateId, applicationId: application.id, authorUserId: actor.userId, body: input.note });
      return { applicationId: application.id };
    });
  } catch (error) {
    if (postgresErrorCode(error) === "23505") throw new AppError("CONFLICT", ALREADY, { email: [ALREADY] });
    throw error;
  }
}

/** The member's own referrals with the stage each is in now, and nothing else about them. */
export async function listMyReferrals(actor: Viewer) {
  assertCan(actor, "candidates.refer");
  return listReferrals(db(), actor.organizationId, actor.userId);
}
