import "server-only";
import { db } from "@/db/client";
import { insertApplication } from "@/db/queries/applications";
import { findCandidateByEmail, findStartingStage, insertCandidate } from "@/db/queries/candidate-intake";
import { actingApiKeyId, actingUserId, type Viewer } from "@/lib/auth/viewer";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { AddCandidateInput } from "@/lib/validation/candidates";
import { insertCandidateFiles } from "@/db/queries/applications";
import { stageResume, withStagedResume } from "./candidate-intake";

export type AddCandidateResult =
  | { outcome: "added"; candidateId: string; applicationId: string | null }
  /** The organisation has a candidate with this email: nothing was added; open them or add them to the job instead. */
  | { outcome: "duplicate"; candidateId: string; name: string };

const NO_STAGE = "That job is closed, has no such stage, or no longer exists. Choose another.";

/**
 * A candidate a member adds by hand (recruiters and admins): contact details, links and a resume, into a
 * job's stage or into no job (a prospect). The candidate, application, history event and resume are
 * stored in one transaction; the resume's text is read later by the resume-text job. An email the
 * organisation already has adds nothing and answers which candidate has it.
 */
export async function addCandidate(actor: Viewer & { name: string }, input: AddCandidateInput): Promise<AddCandidateResult> {
  assertCan(actor, "candidates.add");
  const organizationId = actor.organizationId;
  const email = input.email.toLowerCase();
  const existing = await findCandidateByEmail(db(), organizationId, email);
  if (existing) return { outcome: "duplicate", candidateId: existing.id, name: existing.name };
  const source = actor.apiKey ? `Added through the API (key “${actor.apiKey.name}”)` : `Added by ${actor.name}`;
  const documents = await stageResume(organizationId, input.resume);
  try {
    return await withStagedResume(documents, async (tx) => {
      const stageId = input.jobId ? await findStartingStage(tx, organizationId, input.jobId, { stageId: input.stageId }) : null;
      if (input.jobId && !stageId) throw new AppError("NOT_FOUND", NO_STAGE, { jobId: [NO_STAGE] });
      const links = [
        ...(input.linkedin ? [{ label: "LinkedIn", url: input.linkedin }] : []),
        ...(input.website ? [{ label: "Website", url: input.website }] : []),
      ];
      const candidateId = await insertCandidate(tx, organizationId, { name: input.name, email, phone: input.phone, location: input.location, links }, source);
      const application =
        input.jobId && stageId
          ? await insertApplication(tx, {
              organizationId,
              jobId: input.jobId,
              candidateId,
              stageId,
              source,
              event: { type: "added_to_job", actorUserId: actingUserId(actor), actorApiKeyId: actingApiKeyId(actor) },
            })
          : null;
      await insertCandidateFiles(tx, documents, { organizationId, candidateId, applicationId: application?.id ?? null });
      return { outcome: "added" as const, candidateId, applicationId: application?.id ?? null };
    });
  } catch (error) {
    // Someone added the same email at the same moment.
    if (postgresErrorCode(error) === "23505") {
      const winner = await findCandidateByEmail(db(), organizationId, email);
      if (winner) return { outcome: "duplicate", candidateId: winner.id, name: winner.name };
    }
    throw error;
  }
}
