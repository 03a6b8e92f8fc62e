import "server-only";
import { and, asc, desc, eq, inArray, isNull, notExists, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Viewer } from "@/lib/auth/viewer";
import { seesAllJobs } from "@/lib/permissions";
import { postgresErrorCode } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { hidesIdentity } from "@/lib/review/identity";
import { db } from "../client";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  candidates,
  emailOutbox,
  files,
  jobQuestions,
  jobStages,
  jobs,
  users,
} from "../schema";
import { insertApplication } from "./applications";
import { onViewersTeam } from "./visibility";

// What the candidate profile and the application page read. Every function is scoped by the viewer's
// organisation, and by their hiring teams for hiring managers and interviewers. Self-identification is
// never read here: it is kept apart from the application and shown to nobody on these pages.

const applicationColumns = {
  id: applications.id,
  candidateId: applications.candidateId,
  jobId: applications.jobId,
  jobTitle: jobs.title,
  jobStatus: jobs.status,
  anonymizedReview: jobs.anonymizedReview,
  stageId: applications.stageId,
  stageName: jobStages.name,
  stageKind: jobStages.kind,
  status: applications.status,
  rejectionReason: applications.rejectionReason,
  rejectionNote: applications.rejectionNote,
  coverLetter: applications.coverLetter,
  source: applications.source,
  identityRevealedAt: applications.identityRevealedAt,
  createdAt: applications.createdAt,
};

/** The applications matching `where` that the viewer works on, each marked with whether it hides who the candidate is. */
async function listVisibleApplications(viewer: Viewer, where: SQL) {
  const rows = await db()
    .select(applicationColumns)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(where, eq(applications.organizationId, viewer.organizationId), onViewersTeam(viewer, applications.jobId)))
    .orderBy(desc(applications.createdAt), applications.id);
  return rows.map((row) => ({ ...row, identityHidden: hidesIdentity(viewer, row) }));
}

export type VisibleApplication = Awaited<ReturnType<typeof listVisibleApplications>>[number];

const candidateColumns = {
  id: candidates.id,
  name: candidates.name,
  email: candidates.email,
  phone: candidates.phone,
  location: candidates.location,
  links: candidates.links,
  anonymizedAt: candidates.anonymizedAt,
  mergedIntoId: candidates.mergedIntoId,
  createdAt: candidates.createdAt,
};

async function findCandidate(organizationId: string, candidateId: string) {
  const [row] = await db()
    .select(candidateColumns)
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, organizationId)))
    .limit(1);
  return row ?? null;
}

export type ProfileCandidate = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

/**
 * The candidate with the applications this viewer may see under their name, or null (a 404).
 * Admins and recruiters see every candidate of their organisation. Hiring managers and interviewers
 * see only applications on their teams' jobs whose identity is not hidden from them; with none, the
 * profile does not exist for them (anonymised applications are reviewed on the application page).
 */
export async function getCandidateProfile(viewer: Viewer, candidateId: string) {
  const candidate = await findCandidate(viewer.organizationId, candidateId);
  if (!candidate) return null;
  const applicationsShown = (await listVisibleApplications(viewer, eq(applications.candidateId, candidateId))).filter(
    (application) => !application.identityHidden,
  );
  if (!seesAllJobs(viewer.role) && applicationsShown.length === 0) return null;
  return { candidate, applications: applicationsShown };
}

/** One application the viewer works on, with its candidate and whether their identity is hidden, or null (a 404). */
export async function getApplicationDetail(viewer: Viewer, applicationId: string) {
  const [application] = await listVisibleApplications(viewer, eq(applications.id, applicationId));
  if (!application) return null;
  const candidate = await findCandidate(viewer.organizationId, application.candidateId);
  return candidate ? { application, candidate } : null;
}

const fromStages = alias(jobStages, "from_stages");
const toStages = alias(jobStages, "to_stages");

/** Each application's history, oldest first: who moved it, from where to where, when. */
export async function listApplicationHistory(organizationId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db()
    .select({
      id: applicationEvents.id,
      applicationId: applicationEvents.applicationId,
      type: applicationEvents.type,
      fromStageName: fromStages.name,
      toStageName: toStages.name,
      actorName: users.name,
      data: applicationEvents.data,
      createdAt: applicationEvents.createdAt,
    })
    .from(applicationEvents)
    .leftJoin(fromStages, eq(fromStages.id, applicationEvents.fromStageId))
    .leftJoin(toStages, eq(toStages.id, applicationEvents.toStageId))
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .where(and(eq(applicationEvents.organizationId, organizationId), inArray(applicationEvents.applicationId, applicationIds)))
    .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id));
}

export type HistoryEvent = Awaited<ReturnType<typeof listApplicationHistory>>[number];

/** The answers to each application's questions, in the order the form asked them. */
export async function listAnswers(organizationId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db()
    .select({
      id: applicationAnswers.id,
      applicationId: applicationAnswers.applicationId,
      label: jobQuestions.label,
      type: jobQuestions.type,
      value: applicationAnswers.value,
      fileId: files.id,
      fileName: files.originalName,
    })
    .from(applicationAnswers)
    .innerJoin(jobQuestions, eq(jobQuestions.id, applicationAnswers.questionId))
    .leftJoin(files, eq(files.id, applicationAnswers.fileId))
    .where(and(eq(applicationAnswers.organizationId, organizationId), inArray(applicationAnswers.applicationId, applicationIds)))
    .orderBy(asc(jobQuestions.position));
}

export type Answer = Awaited<ReturnType<typeof listAnswers>>[number];

/** The documents sent with each application (resume, cover letter, file answers), newest first. */
export async function listApplicationFiles(organizationId: string, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db()
    .select({
      id: files.id,
      applicationId: files.applicationId,
      kind: files.kind,
      originalName: files.originalName,
      mediaType: files.mediaType,
      sizeBytes: files.sizeBytes,
      extractedText: files.extractedText,
      textPending: files.textPending,
      createdAt: files.createdAt,
    })
    .from(files)
    .where(and(eq(files.organizationId, organizationId), inArray(files.applicationId, applicationIds)))
    .orderBy(desc(files.createdAt));
}

export type ApplicationFile = Awaited<ReturnType<typeof listApplicationFiles>>[number];

/** Mail to the candidate (confirmations, rejections...), newest first, for the timeline. */
export async function listCandidateEmails(organizationId: string, candidateId: string) {
  return db()
    .select({
      id: emailOutbox.id,
      applicationId: emailOutbox.applicationId,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.candidateId, candidateId)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(100);
}

/** Open and draft jobs the candidate has not applied to, for "Add to another job" (admins and recruiters). */
export async function listJobsToAddTo(viewer: Viewer, candidateId: string) {
  if (!seesAllJobs(viewer.role)) return [];
  return db()
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(
      and(
        eq(jobs.organizationId, viewer.organizationId),
        inArray(jobs.status, ["open", "draft"]),
        notExists(
          db()
            .select({ one: sql`1` })
            .from(applications)
            .where(and(eq(applications.jobId, jobs.id), eq(applications.candidateId, candidateId))),
        ),
      ),
    )
    .orderBy(asc(jobs.title));
}

/**
 * "Add to another job": a new application for an existing candidate, in the job's first live stage,
 * recorded as added_to_job by the member. Admins and recruiters only; the job must be open or a draft.
 */
export async function addCandidateToJob(
  viewer: Viewer & { name: string },
  { candidateId, jobId }: { candidateId: string; jobId: string },
): Promise<{ applicationId: string }> {
  if (!seesAllJobs(viewer.role)) throw new AppError("FORBIDDEN", "Only admins and recruiters can add candidates to jobs.");
  try {
    return await db().transaction(async (tx) => {
      const [candidate] = await tx
        .select({ id: candidates.id })
        .from(candidates)
        .where(
          and(
            eq(candidates.id, candidateId),
            eq(candidates.organizationId, viewer.organizationId),
            isNull(candidates.mergedIntoId),
            isNull(candidates.anonymizedAt),
          ),
        );
      if (!candidate) throw new AppError("NOT_FOUND", "This candidate no longer exists.");
      const [job] = await tx
        .select({ id: jobs.id })
        .from(jobs)
        .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, viewer.organizationId), inArray(jobs.status, ["open", "draft"])));
      if (!job) throw new AppError("NOT_FOUND", "That job is closed or no longer exists. Choose another.", { jobId: ["Choose an open or draft job."] });
      const application = await insertApplication(tx, {
        organizationId: viewer.organizationId,
        jobId: job.id,
        candidateId,
        source: `Added by ${viewer.name}`,
        event: { type: "added_to_job", actorUserId: viewer.userId },
      });
      if (!application) throw new AppError("CONFLICT", "That job has no pipeline stages yet. Add a stage to it first.");
      return { applicationId: application.id };
    });
  } catch (error) {
    if (postgresErrorCode(error) === "23505") {
      throw new AppError("CONFLICT", "This candidate already has an application for that job.", { jobId: ["Already applied to this job."] });
    }
    throw error;
  }
}
