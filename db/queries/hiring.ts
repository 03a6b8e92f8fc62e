import "server-only";
import { and, asc, eq, exists, inArray, isNull, lte, ne, not, or, sql } from "drizzle-orm";
import type { JobTeamRole, OfferApproverRole } from "@/lib/enums";
import { db } from "../client";
import {
  applications,
  candidates,
  interviewParticipants,
  interviews,
  jobMembers,
  jobStages,
  jobs,
  offers,
  scorecards,
  users,
} from "../schema";
import { inJobScope, type JobScope } from "./visibility";

// The Hiring dashboard: the jobs in the caller's scope, offers waiting at the caller's approval step and
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


/**
 * Offers pending approval whose current step of the chain is the member's (scope.userId): a step and
 * place on the job's hiring team (none: null) that is one of `steps` (lib/offers/approval-step.ts's
 * `stepsDecidedBy` for their organisation role), so the limit applies to the right rows. Longest waiting
 * at the step first.
 */
export async function listOffersAwaitingApproval(scope: JobScope, steps: { step: OfferApproverRole; teamRole: JobTeamRole | null }[]) {
  if (steps.length === 0) return [];
  const step = sql<OfferApproverRole>`${offers.approvers} ->> ${offers.approvalStep}`;
  const mine = or(...steps.map((s) => and(eq(step, s.step), s.teamRole === null ? isNull(jobMembers.role) : eq(jobMembers.role, s.teamRole))));
  return db()
    .select({
      ...identityColumns,
      offerId: offers.id,
      waitingFor: step,
      approvalStep: offers.approvalStep,
      steps: sql<number>`jsonb_array_length(${offers.approvers})`.mapWith(Number),
      teamRole: jobMembers.role,
      // Every change to a pending offer moves it to a step (sent for approval, a step approved).
      waitingSince: offers.updatedAt,
    })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .leftJoin(jobMembers, and(eq(jobMembers.jobId, applications.jobId), eq(jobMembers.userId, scope.userId)))
    .where(
      and(
        eq(offers.organizationId, scope.organizationId),
        eq(applications.organizationId, scope.organizationId),
        inJobScope(scope, applications.jobId),
        eq(offers.status, "pending_approval"),
        mine,
      ),
    )
    .orderBy(asc(offers.updatedAt), asc(offers.id))
    .limit(DASHBOARD_LIMIT);
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
