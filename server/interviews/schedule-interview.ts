import "server-only";
import { db } from "@/db/client";
import { findApplicationInScope, findPlannedInterview, insertInterview, insertInterviewNotifications, listHiringTeam } from "@/db/queries/interviews";
import { AppError, VALIDATION_MESSAGE } from "@/lib/errors";
import { zonedTimeToUtc } from "@/lib/interviews/time";
import { assertCan, jobScope } from "@/lib/permissions";
import type { ScheduleInterview } from "@/lib/validation/interviews";
import type { Member } from "@/server/auth/session";
import { queueInvitations } from "./queue-invitations";

export type Organizer = Pick<Member, "organizationId" | "userId" | "role" | "name" | "email">;

/**
 * Schedules an interview: the interview, its interviewers, the application event, a notification and an
 * email with a calendar invitation for each interviewer and the candidate, all in one transaction. Interviewers must be on
 * the job's hiring team; each sees the candidate as their role allows (an alias under anonymised review).
 */
export async function scheduleInterview(organizer: Organizer, input: ScheduleInterview, now = new Date()): Promise<{ interviewId: string }> {
  assertCan(organizer, "interviews.schedule");
  return db().transaction(async (tx) => {
    const application = await findApplicationInScope(jobScope(organizer), input.applicationId, tx);
    if (!application) throw new AppError("NOT_FOUND", "This application no longer exists.");
    let title = input.title;
    let plannedInterviewId: string | null = null;
    if (input.plannedInterviewId) {
      const planned = await findPlannedInterview(tx, application.jobId, input.plannedInterviewId);
      if (!planned) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { plannedInterviewId: ["Choose one of this job's planned interviews"] });
      plannedInterviewId = planned.id;
      title ||= planned.name;
    }
    const team = await listHiringTeam(tx, organizer.organizationId, application.jobId);
    const interviewerIds = [...new Set(input.interviewerIds)];
    const interviewers = interviewerIds.flatMap((id) => team.filter((member) => member.userId === id));
    if (interviewers.length !== interviewerIds.length) {
      throw new AppError("VALIDATION", VALIDATION_MESSAGE, { interviewerIds: ["Interviewers must be on this job's hiring team"] });
    }
    const startsAt = zonedTimeToUtc(input.date, input.startTime, input.timeZone);
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const location = input.location || null;
    const interviewId = await insertInterview(
      tx,
      {
        organizationId: organizer.organizationId,
        applicationId: application.id,
        plannedInterviewId,
        title,
        startsAt,
        endsAt,
        timeZone: input.timeZone,
        location,
        createdByUserId: organizer.userId,
      },
      interviewerIds,
    );

    await queueInvitations(tx, {
      kind: "scheduled",
      interview: { id: interviewId, title, startsAt, endsAt, timeZone: input.timeZone, location, sequence: 0 },
      application: { ...application, organizationId: organizer.organizationId },
      organizer: { name: organizer.name, email: organizer.email },
      interviewers,
      now,
    });
    await insertInterviewNotifications(
      tx,
      interviewers.map((interviewer) => ({
        organizationId: organizer.organizationId,
        userId: interviewer.userId,
        actorUserId: organizer.userId,
        candidateId: application.candidateId,
        data: { interviewId, applicationId: application.id, title },
      })),
    );
    return { interviewId };
  });
}
