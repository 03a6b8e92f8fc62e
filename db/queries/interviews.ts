import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { invitationEmail } from "@/lib/interviews/emails";
import { interviewInvitation } from "@/lib/interviews/ics";
import { formatSlot, zonedTimeToUtc } from "@/lib/interviews/time";
import { candidateAlias, hidesIdentity } from "@/lib/review/identity";
import type { ScheduleInterview } from "@/lib/validation/interviews";
import { db, type Executor } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
  emailOutbox,
  interviewParticipants,
  interviews,
  jobMembers,
  jobStages,
  jobs,
  memberships,
  notifications,
  plannedInterviews,
  scorecards,
  users,
  type MemberRole,
  type ScorecardTemplate,
} from "../schema";
import { enqueueEmail } from "./outbox";
import { onViewersTeam } from "./visibility";

/** The columns that place an application for a member: its job, candidate and what decides identity. */
export const applicationContext = {
  id: applications.id,
  jobId: applications.jobId,
  jobTitle: jobs.title,
  candidateId: applications.candidateId,
  candidateName: candidates.name,
  anonymizedReview: jobs.anonymizedReview,
  identityRevealedAt: applications.identityRevealedAt,
  stageKind: jobStages.kind,
};

export type ApplicationContext = {
  id: string;
  jobId: string;
  jobTitle: string;
  candidateId: string;
  candidateName: string;
  anonymizedReview: boolean;
  identityRevealedAt: Date | null;
  stageKind: (typeof jobStages.kind.enumValues)[number];
};

/** The candidate as this member may see them: their name, or the application's alias under anonymised review. */
export function candidateLabel(viewer: { role: MemberRole }, application: ApplicationContext): string {
  return hidesIdentity(viewer, application) ? candidateAlias(application.id) : application.candidateName;
}

/** An application of the viewer's organisation on a job they work on, or null. */
export async function findApplicationForViewer(viewer: Viewer, applicationId: string, executor: Executor = db()) {
  const [row] = await executor
    .select(applicationContext)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id)));
  return row ?? null;
}

/** What the scheduling form offers: the job's planned interviews and its hiring team. */
export async function getScheduleOptions(viewer: Viewer, jobId: string) {
  const planned = await db()
    .select({ id: plannedInterviews.id, name: plannedInterviews.name, stageName: jobStages.name })
    .from(plannedInterviews)
    .innerJoin(jobStages, eq(jobStages.id, plannedInterviews.stageId))
    .where(and(eq(plannedInterviews.jobId, jobId), eq(plannedInterviews.organizationId, viewer.organizationId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position), asc(plannedInterviews.position));
  const team = await listJobTeam(db(), viewer.organizationId, jobId);
  return { planned, team };
}

function listJobTeam(executor: Executor, organizationId: string, jobId: string) {
  return executor
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(jobMembers)
    .innerJoin(users, eq(users.id, jobMembers.userId))
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)))
    .where(and(eq(jobMembers.jobId, jobId), eq(jobMembers.organizationId, organizationId)))
    .orderBy(asc(users.name));
}

export const scorecardUrl = (interviewId: string) => `${env().APP_URL}/feedback/${interviewId}`;

/**
 * Schedules an interview: the interview, its interviewers, the application event, a notification and an
 * email with a calendar invitation for each interviewer, all in one transaction. Interviewers must be on
 * the job's hiring team; each sees the candidate as their role allows (an alias under anonymised review).
 */
export async function scheduleInterview(
  organizer: Viewer & { name: string; email: string },
  input: ScheduleInterview,
  now = new Date(),
): Promise<{ interviewId: string }> {
  return db().transaction(async (tx) => {
    const application = await findApplicationForViewer(organizer, input.applicationId, tx);
    if (!application) throw new AppError("NOT_FOUND", "This application no longer exists.");
    let title = input.title;
    let plannedInterviewId: string | null = null;
    if (input.plannedInterviewId) {
      const [planned] = await tx
        .select({ id: plannedInterviews.id, name: plannedInterviews.name })
        .from(plannedInterviews)
        .where(and(eq(plannedInterviews.id, input.plannedInterviewId), eq(plannedInterviews.jobId, application.jobId)));
      if (!planned) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { plannedInterviewId: ["Choose one of this job's planned interviews"] });
      plannedInterviewId = planned.id;
      title ||= planned.name;
    }
    const team = await listJobTeam(tx, organizer.organizationId, application.jobId);
    const interviewerIds = [...new Set(input.interviewerIds)];
    const interviewers = interviewerIds.map((id) => team.find((member) => member.userId === id));
    if (interviewers.some((member) => !member)) {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", { interviewerIds: ["Interviewers must be on this job's hiring team"] });
    }
    const startsAt = zonedTimeToUtc(input.date, input.startTime, input.timeZone);
    const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
    const location = input.location || null;
    const [interview] = await tx
      .insert(interviews)
      .values({
        organizationId: organizer.organizationId,
        applicationId: application.id,
        plannedInterviewId,
        title,
        startsAt,
        endsAt,
        timeZone: input.timeZone,
        location,
        createdByUserId: organizer.userId,
      })
      .returning({ id: interviews.id });
    if (!interview) throw new Error("interview not created");
    await tx
      .insert(interviewParticipants)
      .values(interviewerIds.map((userId) => ({ interviewId: interview.id, organizationId: organizer.organizationId, userId })));
    await tx.insert(applicationEvents).values({
      organizationId: organizer.organizationId,
      applicationId: application.id,
      type: "interview_scheduled",
      actorUserId: organizer.userId,
      data: { interviewId: interview.id, title, startsAt: startsAt.toISOString(), interviewerIds },
    });
    const when = formatSlot(startsAt, endsAt, input.timeZone);
    const url = scorecardUrl(interview.id);
    const emailIds: string[] = [];
    for (const interviewer of interviewers as NonNullable<(typeof interviewers)[number]>[]) {
      const candidate = candidateLabel(interviewer, application);
      const ics = interviewInvitation({
        interviewId: interview.id,
        summary: `${title}: ${candidate}`,
        description: `${application.jobTitle}\nScorecard: ${url}`,
        startsAt,
        endsAt,
        timeZone: input.timeZone,
        location,
        organizer: { name: organizer.name, email: organizer.email },
        attendees: interviewers.map((member) => ({ name: member!.name, email: member!.email })),
        stamp: now,
      });
      const email = invitationEmail({
        interviewerName: interviewer.name,
        title,
        candidate,
        jobTitle: application.jobTitle,
        when,
        location,
        interviewers: interviewers.map((member) => member!.name),
        scorecardUrl: url,
        organizerName: organizer.name,
      });
      const emailId = await enqueueEmail(tx, {
        organizationId: organizer.organizationId,
        to: interviewer.email,
        ...email,
        attachments: [{ filename: "invite.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST", content: new TextEncoder().encode(ics) }],
        dedupeKey: `interview-invitation:${interview.id}:${interviewer.userId}`,
      });
      if (emailId) emailIds.push(emailId);
      await tx.insert(notifications).values({
        organizationId: organizer.organizationId,
        userId: interviewer.userId,
        type: "interview_scheduled",
        actorUserId: organizer.userId,
        candidateId: application.candidateId,
        data: { interviewId: interview.id, applicationId: application.id, title },
      });
    }
    // enqueueEmail takes no candidate columns; set them here so the message shows on the candidate's timeline.
    if (emailIds.length > 0) {
      await tx
        .update(emailOutbox)
        .set({ candidateId: application.candidateId, applicationId: application.id })
        .where(inArray(emailOutbox.id, emailIds));
    }
    return { interviewId: interview.id };
  });
}

export type InterviewParticipantStatus = { userId: string; name: string; scorecard: "missing" | "draft" | "submitted" };

/** The application's interviews, soonest first, with each interviewer's scorecard status (never its content). */
export async function listApplicationInterviews(viewer: Viewer, applicationId: string) {
  const application = await findApplicationForViewer(viewer, applicationId);
  if (!application) return null;
  const rows = await db()
    .select({
      id: interviews.id,
      title: interviews.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      timeZone: interviews.timeZone,
      location: interviews.location,
      userId: interviewParticipants.userId,
      name: users.name,
      scorecardStatus: scorecards.status,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, eq(interviewParticipants.interviewId, interviews.id))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, interviewParticipants.userId)))
    .where(and(eq(interviews.applicationId, application.id), eq(interviews.organizationId, viewer.organizationId)))
    .orderBy(asc(interviews.startsAt), asc(users.name));
  const byId = new Map<string, { id: string; title: string; startsAt: Date; endsAt: Date; timeZone: string; location: string | null; participants: InterviewParticipantStatus[] }>();
  for (const row of rows) {
    const interview = byId.get(row.id) ?? { id: row.id, title: row.title, startsAt: row.startsAt, endsAt: row.endsAt, timeZone: row.timeZone, location: row.location, participants: [] };
    interview.participants.push({ userId: row.userId, name: row.name, scorecard: row.scorecardStatus ?? "missing" });
    byId.set(row.id, interview);
  }
  return { application, interviews: [...byId.values()] };
}

/** Interviews the viewer takes part in on jobs they (still) work on: the heart of My feedback and the scorecard form. */
function myInterviews(viewer: Viewer) {
  return and(eq(interviews.organizationId, viewer.organizationId), onViewersTeam(viewer, applications.jobId));
}

/** My feedback: what awaits my scorecard (overdue first, then upcoming) and what I have submitted. */
export async function listMyFeedback(viewer: Viewer, now = new Date()) {
  const rows = await db()
    .select({
      interviewId: interviews.id,
      title: interviews.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      timeZone: interviews.timeZone,
      scorecardStatus: scorecards.status,
      overall: scorecards.overall,
      submittedAt: scorecards.submittedAt,
      ...applicationContext,
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, viewer.userId)))
    .where(and(eq(interviewParticipants.userId, viewer.userId), myInterviews(viewer)))
    .orderBy(asc(interviews.startsAt));
  const items = rows.map((row) => ({
    interviewId: row.interviewId,
    title: row.title,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    timeZone: row.timeZone,
    jobTitle: row.jobTitle,
    candidate: candidateLabel(viewer, row),
    draft: row.scorecardStatus === "draft",
    submitted: row.scorecardStatus === "submitted",
    overall: row.overall,
    submittedAt: row.submittedAt,
    overdue: row.scorecardStatus !== "submitted" && row.endsAt < now,
  }));
  const awaiting = items.filter((item) => !item.submitted);
  return {
    awaiting: [...awaiting.filter((item) => item.overdue), ...awaiting.filter((item) => !item.overdue)],
    submitted: items.filter((item) => item.submitted).sort((a, b) => b.submittedAt!.getTime() - a.submittedAt!.getTime()),
  };
}

export type ParticipantInterview = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string | null;
  template: ScorecardTemplate;
  application: ApplicationContext;
  candidate: string;
};

/**
 * One interview for its scorecard form, or null unless the viewer is one of its interviewers and works
 * on the job (admins and recruiters always do). Another organisation's interview looks the same as none.
 */
export async function findInterviewForParticipant(viewer: Viewer, interviewId: string, executor: Executor = db()): Promise<ParticipantInterview | null> {
  const [row] = await executor
    .select({
      interviewId: interviews.id,
      title: interviews.title,
      startsAt: interviews.startsAt,
      endsAt: interviews.endsAt,
      timeZone: interviews.timeZone,
      location: interviews.location,
      template: plannedInterviews.template,
      ...applicationContext,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, and(eq(interviewParticipants.interviewId, interviews.id), eq(interviewParticipants.userId, viewer.userId)))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .leftJoin(plannedInterviews, eq(plannedInterviews.id, interviews.plannedInterviewId))
    .where(and(eq(interviews.id, interviewId), myInterviews(viewer)));
  if (!row) return null;
  const { interviewId: id, title, startsAt, endsAt, timeZone, location, template, ...application } = row;
  return {
    id,
    title,
    startsAt,
    endsAt,
    timeZone,
    location,
    template: template ?? { focusAreas: [] },
    application,
    candidate: candidateLabel(viewer, application),
  };
}


/**
 * The calendar invitation for one interview, as its interviewer may see it (an alias under anonymised
 * review), for the "Add to calendar" download. Null unless the viewer is one of its interviewers.
 */
export async function getInvitationForParticipant(viewer: Viewer, interviewId: string): Promise<string | null> {
  const interview = await findInterviewForParticipant(viewer, interviewId);
  if (!interview) return null;
  const attendees = await db()
    .select({ name: users.name, email: users.email })
    .from(interviewParticipants)
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .where(eq(interviewParticipants.interviewId, interview.id))
    .orderBy(asc(users.name));
  const [organizer] = await db()
    .select({ name: users.name, email: users.email, createdAt: interviews.createdAt })
    .from(interviews)
    .leftJoin(users, eq(users.id, interviews.createdByUserId))
    .where(eq(interviews.id, interview.id));
  return interviewInvitation({
    interviewId: interview.id,
    summary: `${interview.title}: ${interview.candidate}`,
    description: `${interview.application.jobTitle}\nScorecard: ${scorecardUrl(interview.id)}`,
    startsAt: interview.startsAt,
    endsAt: interview.endsAt,
    timeZone: interview.timeZone,
    location: interview.location,
    organizer: organizer?.email ? { name: organizer.name ?? "", email: organizer.email } : { name: "Candor", email: attendees[0]!.email },
    attendees,
    stamp: organizer?.createdAt ?? new Date(),
  });
}
