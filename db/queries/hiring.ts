import "server-only";
import { and, asc, eq, exists, inArray, isNull, lte, ne, not, sql } from "drizzle-orm";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateLabel } from "@/lib/review/candidate-label";
import type { IdentityContext } from "@/lib/review/identity";
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
import { onViewersTeam } from "./visibility";

// The hiring manager's dashboard: their team's jobs (every job for admins and recruiters), offers
// waiting for a decision and feedback their interviewers still owe. Candidates appear as the viewer
// may see them: by alias while anonymised review hides them.

/** A scorecard is overdue once the interview ended this long ago. */
export const FEEDBACK_DUE_HOURS = 24;
const DASHBOARD_LIMIT = 50;

/** Open and draft jobs the viewer works on, each with its live stages and the active applicants in each. */
export async function listHiringJobs(viewer: Viewer) {
  const rows = await db()
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(and(eq(jobs.organizationId, viewer.organizationId), onViewersTeam(viewer, jobs.id), ne(jobs.status, "closed")))
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
        eq(jobStages.organizationId, viewer.organizationId),
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

type IdentityRow = IdentityContext & { applicationId: string; candidateName: string };

/** Replaces the candidate's name by how this viewer may see them: the alias while anonymised review hides it. */
function labelCandidates<T extends IdentityRow>(viewer: Viewer, rows: T[]) {
  return rows.map(({ candidateName, ...row }) => ({ ...row, candidate: candidateLabel(viewer, { ...row, id: row.applicationId, candidateName }) }));
}

/** Active applications at Offer with no decision recorded since they got there, longest waiting first. */
export async function listAwaitingDecisions(viewer: Viewer) {
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
        eq(applications.organizationId, viewer.organizationId),
        onViewersTeam(viewer, applications.jobId),
        eq(applications.status, "active"),
        eq(jobStages.kind, "offer"),
        not(exists(decided)),
      ),
    )
    .orderBy(asc(applications.stageEnteredAt))
    .limit(DASHBOARD_LIMIT);
  return labelCandidates(viewer, rows);
}

/**
 * Interviews that have ended whose participant has not submitted a scorecard, on active applications,
 * oldest (most overdue) first.
 */
export async function listMissingFeedback(viewer: Viewer, now = new Date()) {
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
        eq(interviewParticipants.organizationId, viewer.organizationId),
        eq(applications.organizationId, viewer.organizationId),
        onViewersTeam(viewer, applications.jobId),
        eq(applications.status, "active"),
        lte(interviews.endsAt, now),
        not(exists(submitted)),
      ),
    )
    .orderBy(asc(interviews.endsAt), asc(users.name))
    .limit(DASHBOARD_LIMIT);
  const dueBefore = now.getTime() - FEEDBACK_DUE_HOURS * 60 * 60 * 1000;
  return labelCandidates(viewer, rows).map((row) => ({ ...row, overdue: row.endsAt.getTime() < dueBefore }));
}
