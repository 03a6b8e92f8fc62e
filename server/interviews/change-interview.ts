import "server-only";
import { db } from "@/db/client";
import { listInterviewParticipants, lockInterview, updateInterviewAt } from "@/db/queries/interview-scheduling";
import { findApplicationInScope } from "@/db/queries/interviews";
import { insertApplicationEvents } from "@/db/queries/pipeline-applications";
import { AppError } from "@/lib/errors";
import { zonedTimeToUtc } from "@/lib/interviews/time";
import { assertCan, jobScope } from "@/lib/permissions";
import type { CancelInterview, RescheduleInterview } from "@/lib/validation/interviews";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import type { Organizer } from "./schedule-interview";
import { queueInvitations } from "./queue-invitations";

const STALE = "This interview was changed by someone else meanwhile. Reload the page to see it, then try again.";

/** What the forms send besides the change itself; the reason is optional. */
type Change = { interviewId: string; sequence: number; reason?: string };

/**
 * Moves an interview to a new time (and place), or cancels it: one transaction that checks the version
 * the form saw, bumps the interview's SEQUENCE, queues the update (METHOD:REQUEST) or cancellation
 * (METHOD:CANCEL), with the same UID, to every interviewer and the candidate, and leaves a trace: an
 * entry in the application's history (who, the old and new time, the reason) and one in the audit log
 * (ids and times only: the reason is free text that may name the candidate, and the log is never erased).
 */
async function changeInterview(organizer: Organizer, input: Change, values: Parameters<typeof updateInterviewAt>[4], now: Date) {
  assertCan(organizer, "interviews.schedule");
  return db().transaction(async (tx) => {
    const interview = await lockInterview(tx, organizer.organizationId, input.interviewId);
    const application = interview && (await findApplicationInScope(jobScope(organizer, "interviews.schedule"), interview.applicationId, tx));
    if (!interview || !application) throw new AppError("NOT_FOUND", "This interview no longer exists.");
    if (interview.cancelledAt) throw new AppError("CONFLICT", "This interview was cancelled.");
    const sequence = await updateInterviewAt(tx, organizer.organizationId, interview.id, input.sequence, values);
    if (sequence === null) throw new AppError("STALE_VERSION", STALE);
    const rescheduled = "startsAt" in values;
    const moved = rescheduled ? values : interview;
    await queueInvitations(tx, {
      kind: rescheduled ? "rescheduled" : "cancelled",
      interview: { id: interview.id, title: interview.title, ...moved, sequence },
      application: { ...application, organizationId: organizer.organizationId },
      organizer: { name: organizer.name, email: organizer.email },
      interviewers: await listInterviewParticipants(tx, organizer.organizationId, interview.id),
      now,
    });
    const times = {
      fromStartsAt: interview.startsAt.toISOString(),
      fromEndsAt: interview.endsAt.toISOString(),
      ...(rescheduled ? { toStartsAt: values.startsAt.toISOString(), toEndsAt: values.endsAt.toISOString() } : {}),
    };
    const reason = input.reason?.trim() || null;
    await insertApplicationEvents(tx, {
      organizationId: organizer.organizationId,
      actorUserId: organizer.userId,
      events: [{ applicationId: application.id, type: rescheduled ? "interview_rescheduled" : "interview_cancelled", data: { interviewId: interview.id, title: interview.title, ...times, reason } }],
    });
    await recordAudit(tx, {
      organizationIds: [organizer.organizationId],
      actor: memberActor(organizer),
      action: rescheduled ? "interview.rescheduled" : "interview.cancelled",
      target: { type: "interview", id: interview.id, label: "Interview" },
      details: { applicationId: application.id, ...times, sequence, reasonGiven: reason !== null },
    });
    return { interviewId: interview.id, sequence };
  });
}

export function rescheduleInterview(organizer: Organizer, input: Omit<RescheduleInterview, "reason"> & Pick<Change, "reason">, now = new Date()) {
  const startsAt = zonedTimeToUtc(input.date, input.startTime, input.timeZone);
  const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
  return changeInterview(organizer, input, { startsAt, endsAt, timeZone: input.timeZone, location: input.location || null }, now);
}

export function cancelInterview(organizer: Organizer, input: Omit<CancelInterview, "reason"> & Pick<Change, "reason">, now = new Date()) {
  return changeInterview(organizer, input, { cancelledAt: now }, now);
}
