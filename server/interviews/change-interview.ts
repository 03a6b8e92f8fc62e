import "server-only";
import { db } from "@/db/client";
import { listInterviewParticipants, lockInterview, updateInterviewAt } from "@/db/queries/interview-scheduling";
import { findApplicationInScope } from "@/db/queries/interviews";
import { AppError } from "@/lib/errors";
import { zonedTimeToUtc } from "@/lib/interviews/time";
import { assertCan, jobScope } from "@/lib/permissions";
import type { CancelInterview, RescheduleInterview } from "@/lib/validation/interviews";
import type { Organizer } from "./schedule-interview";
import { queueInvitations } from "./queue-invitations";

const STALE = "This interview was changed by someone else meanwhile. Reload the page to see it, then try again.";

/**
 * Moves an interview to a new time (and place), or cancels it: one transaction that checks the version
 * the form saw, bumps the interview's SEQUENCE and queues the update (METHOD:REQUEST) or cancellation
 * (METHOD:CANCEL), with the same UID, to every interviewer and the candidate.
 */
async function changeInterview(
  organizer: Organizer,
  input: { interviewId: string; sequence: number },
  values: Parameters<typeof updateInterviewAt>[4],
  now: Date,
) {
  assertCan(organizer, "interviews.schedule");
  return db().transaction(async (tx) => {
    const interview = await lockInterview(tx, organizer.organizationId, input.interviewId);
    const application = interview && (await findApplicationInScope(jobScope(organizer, "interviews.schedule"), interview.applicationId, tx));
    if (!interview || !application) throw new AppError("NOT_FOUND", "This interview no longer exists.");
    if (interview.cancelledAt) throw new AppError("CONFLICT", "This interview was cancelled.");
    const sequence = await updateInterviewAt(tx, organizer.organizationId, interview.id, input.sequence, values);
    if (sequence === null) throw new AppError("STALE_VERSION", STALE);
    const moved = "startsAt" in values ? values : interview;
    await queueInvitations(tx, {
      kind: "startsAt" in values ? "rescheduled" : "cancelled",
      interview: { id: interview.id, title: interview.title, ...moved, sequence },
      application: { ...application, organizationId: organizer.organizationId },
      organizer: { name: organizer.name, email: organizer.email },
      interviewers: await listInterviewParticipants(tx, organizer.organizationId, interview.id),
      now,
    });
    return { interviewId: interview.id, sequence };
  });
}

export function rescheduleInterview(organizer: Organizer, input: RescheduleInterview, now = new Date()) {
  const startsAt = zonedTimeToUtc(input.date, input.startTime, input.timeZone);
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  return changeInterview(organizer, input, { startsAt, endsAt, timeZone: input.timeZone, location: input.location || null }, now);
}

export function cancelInterview(organizer: Organizer, input: CancelInterview, now = new Date()) {
  return changeInterview(organizer, input, { cancelledAt: now }, now);
}
