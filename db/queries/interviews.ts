import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { JobScope } from "@/lib/permissions";
import { db, type Executor } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
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
} from "../schema";
import { inJobScope } from "./visibility";

// Interviews' reads and writes. Scheduling (a transaction that also queues invitations) is
// server/interviews/schedule-interview.ts; what a member may see of the candidate is decided there and
// in the other server/interviews reads, from the application context these queries return.

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

/**
 * An interview's own columns as every read that shows or changes it selects them: what, when, where, the
 * version a change form sends back, and whether it was cancelled.
 */
export const interviewSlot = {
  title: interviews.title,
  startsAt: interviews.startsAt,
  endsAt: interviews.endsAt,
  timeZone: interviews.timeZone,
  location: interviews.location,
  sequence: interviews.sequence,
  cancelledAt: interviews.cancelledAt,
};

/** An application of the organisation on a job in scope, or null. */
export async function findApplicationInScope(scope: JobScope, applicationId: string, executor: Executor = db()): Promise<ApplicationContext | null> {
  const [row] = await executor
    .select(applicationContext)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, scope.organizationId), inJobScope(scope, jobs.id)));
  return row ?? null;
}

/** What the scheduling form offers: the job's planned interviews and its hiring team. */
export async function getScheduleOptions({ organizationId }: { organizationId: string }, jobId: string) {
  const planned = await db()
    .select({ id: plannedInterviews.id, name: plannedInterviews.name, stageName: jobStages.name })
    .from(plannedInterviews)
    .innerJoin(jobStages, eq(jobStages.id, plannedInterviews.stageId))
    .where(and(eq(plannedInterviews.jobId, jobId), eq(plannedInterviews.organizationId, organizationId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position), asc(plannedInterviews.position));
  const team = await listHiringTeam(db(), organizationId, jobId);
  return { planned, team };
}

/**
 * The job's hiring team with each member's organisation role (which decides what they see of a candidate),
 * deactivated members left out: they cannot be invited to an interview.
 */
export function listHiringTeam(executor: Executor, organizationId: string, jobId: string) {
  return executor
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(jobMembers)
    .innerJoin(users, eq(users.id, jobMembers.userId))
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId), isNull(memberships.deactivatedAt)),
    )
    .where(and(eq(jobMembers.jobId, jobId), eq(jobMembers.organizationId, organizationId)))
    .orderBy(asc(users.name));
}

/** A planned interview of this job, or null. */
export async function findPlannedInterview(executor: Executor, jobId: string, plannedInterviewId: string) {
  const [planned] = await executor
    .select({ id: plannedInterviews.id, name: plannedInterviews.name })
    .from(plannedInterviews)
    .where(and(eq(plannedInterviews.id, plannedInterviewId), eq(plannedInterviews.jobId, jobId)));
  return planned ?? null;
}

/** The interview, its interviewers and the application's `interview_scheduled` event; returns the interview's id. */
export async function insertInterview(
  tx: Executor,
  values: typeof interviews.$inferInsert & { createdByUserId: string | null },
  interviewerIds: string[],
): Promise<string> {
  const [interview] = await tx.insert(interviews).values(values).returning({ id: interviews.id });
  if (!interview) throw new Error("interview not created");
  await tx
    .insert(interviewParticipants)
    .values(interviewerIds.map((userId) => ({ interviewId: interview.id, organizationId: values.organizationId, userId })));
  await tx.insert(applicationEvents).values({
    organizationId: values.organizationId,
    applicationId: values.applicationId,
    type: "interview_scheduled",
    actorUserId: values.createdByUserId,
    data: { interviewId: interview.id, title: values.title, startsAt: values.startsAt.toISOString(), interviewerIds },
  });
  return interview.id;
}

export async function insertInterviewNotifications(
  tx: Executor,
  rows: { organizationId: string; userId: string; actorUserId: string | null; candidateId: string; data: { interviewId: string; applicationId: string; title: string } }[],
) {
  if (rows.length > 0) await tx.insert(notifications).values(rows.map((row) => ({ ...row, type: "interview_scheduled" as const })));
}

export type InterviewParticipantStatus = { userId: string; name: string; scorecard: "missing" | "draft" | "submitted" };

/** The application's interviews, soonest first, with each interviewer's scorecard status (never its content). */
export async function listApplicationInterviews(scope: JobScope, applicationId: string) {
  const application = await findApplicationInScope(scope, applicationId);
  if (!application) return null;
  const rows = await db()
    .select({
      id: interviews.id,
      ...interviewSlot,
      userId: interviewParticipants.userId,
      name: users.name,
      scorecardStatus: scorecards.status,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, eq(interviewParticipants.interviewId, interviews.id))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, interviewParticipants.userId)))
    .where(and(eq(interviews.applicationId, application.id), eq(interviews.organizationId, scope.organizationId)))
    .orderBy(asc(interviews.startsAt), asc(users.name));
  type Listed = Omit<(typeof rows)[number], "userId" | "name" | "scorecardStatus"> & { participants: InterviewParticipantStatus[] };
  const byId = new Map<string, Listed>();
  for (const { userId, name, scorecardStatus, ...row } of rows) {
    const interview = byId.get(row.id) ?? { ...row, participants: [] };
    interview.participants.push({ userId, name, scorecard: scorecardStatus ?? "missing" });
    byId.set(row.id, interview);
  }
  return { application, interviews: [...byId.values()] };
}

/** Interviews of the organisation on jobs in scope: the member must (still) work on the job to see them. */
const interviewsInScope = (scope: JobScope) => and(eq(interviews.organizationId, scope.organizationId), inJobScope(scope, applications.jobId));

/** A cancelled interview asks no one for a scorecard. */
const notCancelled = isNull(interviews.cancelledAt);

/** Every interview `scope.userId` takes part in, soonest first, with their own scorecard's status. */
export async function listParticipantInterviews(scope: JobScope) {
  return db()
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
    .leftJoin(scorecards, and(eq(scorecards.interviewId, interviews.id), eq(scorecards.authorUserId, scope.userId)))
    .where(and(eq(interviewParticipants.userId, scope.userId), interviewsInScope(scope), notCancelled))
    .orderBy(asc(interviews.startsAt));
}

/** One interview `scope.userId` takes part in, on a job in scope, with its scorecard template; or null. */
export async function findParticipantInterview(scope: JobScope, interviewId: string, executor: Executor = db()) {
  const [row] = await executor
    .select({
      interviewId: interviews.id,
      ...interviewSlot,
      template: plannedInterviews.template,
      ...applicationContext,
    })
    .from(interviews)
    .innerJoin(interviewParticipants, and(eq(interviewParticipants.interviewId, interviews.id), eq(interviewParticipants.userId, scope.userId)))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .leftJoin(plannedInterviews, eq(plannedInterviews.id, interviews.plannedInterviewId))
    .where(and(eq(interviews.id, interviewId), interviewsInScope(scope)));
  return row ?? null;
}

/** The interview's attendees by name, and who scheduled it (null when their account is gone). */
export async function getInvitationPeople(interviewId: string) {
  const attendees = await db()
    .select({ name: users.name, email: users.email })
    .from(interviewParticipants)
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .where(eq(interviewParticipants.interviewId, interviewId))
    .orderBy(asc(users.name));
  const [organizer] = await db()
    .select({ name: users.name, email: users.email, createdAt: interviews.createdAt })
    .from(interviews)
    .leftJoin(users, eq(users.id, interviews.createdByUserId))
    .where(eq(interviews.id, interviewId));
  return { attendees, organizer: organizer ?? null };
}
