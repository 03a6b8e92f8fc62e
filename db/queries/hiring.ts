import "server-only";
import { and, asc, eq, exists, inArray, isNull, lte, ne, not, sql } from "drizzle-orm";
import { db } from "../client";
import {
  applicationEvents,
  applications,
  candidates,
  interviewParticipants,
  interviews,
  jobStages,
  jobs,
  scorecards,
  users,
} from "../schema";
import { inJobScope, type JobScope } from "./visibility";

// The hiring manager's dashboard: the jobs in the caller's scope, offers waiting for a decision and
// feedback interviewers still owe. Rows carry what decides whether a candidate's name may be shown;
// server/hiring/hiring-overview.ts decides it.

/** A scorecard is overdue once the interview ended this long ago. */
export const FEEDBACK_DUE_HOURS = 24;
const DASHBOARD_LIMIT = 50;

/** Open and draft jobs in the scope, each with its live stages and the active applicants in each. */
export async function listHiringJobs(scope: JobScope) {
  const rows = await db()
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(and(eq(jobs.organizationId, scope.organizationId), inJobScope(scope, jobs.id), ne(jobs.status, "closed")))
    .orderBy(sql`case ${jobs.status} when 'open' then 0 else 1 end`, asc(jobs.title));
  if (rows.length === 0) return [];
  const stages = await db()
    .select({
      id: jobStages.id,
      jobId: jobStages.jobId,
      name: jobStages.name,
      kind: jobStages.kind,
      activeApplicants: sql<number>`count(${applications.id})`.mapWith(Number),
    })
    .from(jobStages)
    .leftJoin(applications, and(eq(applications.stageId, jobStages.id), eq(applications.status, "active")))
    .where(
      and(
        eq(jobStages.organizationId, scope.organizationId),
        inArray(jobStages.jobId, rows.map((job) => job.id)),
        isNull(jobStages.archivedAt),
      ),
    )
    .groupBy(jobStages.id)
    .orderBy(asc(jobStages.position));
  return rows.map((job) => ({ ...job, stages: stages.filter((stage) => stage.jobId === job.id) }));
}

const identityColumns = {
  applicationId: applications.id,
  candidateName: candidates.name,
  anonymizedReview: jobs.anonymizedReview,
  identityRevealedAt: applications.identityRevealedAt,
  stageKind: jobStages.kind,
  jobId: jobs.id,
  jobTitle: jobs.title,
};


/** Active applications at Offer with no decision recorded since they got there, longest waiting first. */
export async function listAwaitingDecisions(scope: JobScope) {
  const decided = db()
    .select({ one: sql`1` })
    .from(applicationEvents)
    .where(
      and(
        eq(applicationEvents.applicationId, applications.id),
        eq(applicationEvents.type, "decision_recorded"),
        sql`${applicationEvents.createdAt} >= ${applications.stageEnteredAt}`,
      ),
    );
  const rows = await db()
    .select({ ...identityColumns, stageEnteredAt: applications.stageEnteredAt })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        eq(applications.organizationId, scope.organizationId),
        inJobScope(scope, applications.jobId),
        eq(applications.status, "active"),
        eq(jobStages.kind, "offer"),
        not(exists(decided)),
      ),
    )
    .orderBy(asc(applications.stageEnteredAt))
    .limit(DASHBOARD_LIMIT);
  return rows;
}

/**
 * Interviews that have ended whose participant has not submitted a scorecard, on active applications,
 * oldest (most overdue) first.
 */
export async function listMissingFeedback(scope: JobScope, now = new Date()) {
  const submitted = db()
    .select({ one: sql`1` })
    .from(scorecards)
    .where(
      and(
        eq(scorecards.interviewId, interviews.id),
        eq(scorecards.authorUserId, interviewParticipants.userId),
        eq(scorecards.status, "submitted"),
      ),
    );
  const rows = await db()
    .select({
      ...identityColumns,
      interviewId: interviews.id,
      interviewTitle: interviews.title,
      endsAt: interviews.endsAt,
      interviewerId: users.id,
      interviewerName: users.name,
    })
    .from(interviewParticipants)
    .innerJoin(interviews, eq(interviews.id, interviewParticipants.interviewId))
    .innerJoin(users, eq(users.id, interviewParticipants.userId))
    .innerJoin(applications, eq(applications.id, interviews.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(
      and(
        eq(interviewParticipants.organizationId, scope.organizationId),
        eq(applications.organizationId, scope.organizationId),
        inJobScope(scope, applications.jobId),
        eq(applications.status, "active"),
        lte(interviews.endsAt, now),
        not(exists(submitted)),
      ),
    )
    .orderBy(asc(interviews.endsAt), asc(users.name))
    .limit(DASHBOARD_LIMIT);
  const dueBefore = now.getTime() - FEEDBACK_DUE_HOURS * 60 * 60 * 1000;
  return rows.map((row) => ({ ...row, overdue: row.endsAt.getTime() < dueBefore }));
}
