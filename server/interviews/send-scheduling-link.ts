import "server-only";
import { db } from "@/db/client";
import { getCandidateContact, insertSchedulingLink } from "@/db/queries/interview-scheduling";
import { findApplicationInScope, findPlannedInterview, listHiringTeam } from "@/db/queries/interviews";
import { enqueueEmail } from "@/db/queries/outbox";
import { newLinkToken } from "@/lib/auth/link-token";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { env } from "@/lib/env";
import { schedulingLinkEmail } from "@/lib/interviews/emails";
import { assertCan, jobScope } from "@/lib/permissions";
import type { SendSchedulingLink } from "@/lib/validation/interviews";
import { candidateReplyAddress } from "@/server/mail/reply-to";
import type { Organizer } from "./schedule-interview";

export const schedulingUrl = (token: string) => `${env().APP_URL}/schedule/${token}`;

/**
 * Emails the candidate a link to book one of the job's planned interviews themselves, with the chosen
 * interviewers, at a time all of them are free. The link's token is stored only as its hash.
 */
export async function sendSchedulingLink(organizer: Organizer, input: SendSchedulingLink, now = new Date()): Promise<{ linkId: string }> {
  assertCan(organizer, "interviews.schedule");
  return db().transaction(async (tx) => {
    const application = await findApplicationInScope(jobScope(organizer, "interviews.schedule"), input.applicationId, tx);
    if (!application) throw new AppError("NOT_FOUND", "This application no longer exists.");
    const planned = await findPlannedInterview(tx, application.jobId, input.plannedInterviewId);
    if (!planned) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { plannedInterviewId: ["Choose one of this job's planned interviews"] });
    const team = await listHiringTeam(tx, organizer.organizationId, application.jobId);
    const interviewerIds = [...new Set(input.interviewerIds)];
    if (!interviewerIds.every((id) => team.some((member) => member.userId === id))) {
      throw new AppError("VALIDATION", VALIDATION_MESSAGE, { interviewerIds: ["Interviewers must be on this job's hiring team"] });
    }
    const contact = await getCandidateContact(tx, organizer.organizationId, application.id);
    if (!contact || contact.anonymizedAt) throw new AppError("CONFLICT", "This candidate's data was deleted: there is no one to send the link to.");
    const { token, hash } = newLinkToken();
    const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000);
    const linkId = await insertSchedulingLink(tx, {
      organizationId: organizer.organizationId,
      applicationId: application.id,
      plannedInterviewId: planned.id,
      tokenHash: hash,
      interviewerIds,
      durationMinutes: input.durationMinutes,
      location: input.location || null,
      expiresAt,
      createdByUserId: organizer.userId,
    });
    await enqueueEmail(tx, {
      organizationId: organizer.organizationId,
      candidateId: application.candidateId,
      applicationId: application.id,
      to: contact.candidateEmail,
      replyTo: await candidateReplyAddress(tx, organizer.organizationId, application.id),
      ...schedulingLinkEmail({
        candidateName: contact.candidateName,
        organizationName: contact.organizationName,
        title: planned.name,
        jobTitle: application.jobTitle,
        durationMinutes: input.durationMinutes,
        url: schedulingUrl(token),
        expiresAt,
      }),
      dedupeKey: `scheduling-link:${linkId}`,
    });
    return { linkId };
  });
}
