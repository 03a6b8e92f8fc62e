import "server-only";
import { and, asc, desc, eq, inArray, isNull, notExists, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db, type Executor } from "../client";
import {
  apiKeys,
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
import { inJobScope, type JobScope } from "./visibility";

// What the candidate profile and the application page read. Every function is scoped by the organisation,
// and application reads by the caller's job scope. Self-identification is never read here: it is kept
// apart from the application and shown to nobody on these pages.

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
  /** The optimistic lock a stage action sends back: a page read before someone else's change is refused. */
  version: applications.version,
  rejectionReason: applications.rejectionReason,
  rejectionNote: applications.rejectionNote,
  coverLetter: applications.coverLetter,
  source: applications.source,
  sourceDetails: applications.sourceDetails,
  identityRevealedAt: applications.identityRevealedAt,
  createdAt: applications.createdAt,
};

/** The applications matching `where` on jobs inside `scope`, newest first, with what decides whether they hide the candidate. */
export async function listApplicationsInScope(scope: JobScope, where: SQL) {
  return db()
    .select(applicationColumns)
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(where, eq(applications.organizationId, scope.organizationId), inJobScope(scope, applications.jobId)))
    .orderBy(desc(applications.createdAt), applications.id);
}

export const byCandidate = (candidateId: string) => eq(applications.candidateId, candidateId);
export const byApplication = (applicationId: string) => eq(applications.id, applicationId);

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

export async function findCandidate(organizationId: string, candidateId: string) {
  const [row] = await db()
    .select(candidateColumns)
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, organizationId)))
    .limit(1);
  return row ?? null;
}

export type ProfileCandidate = NonNullable<Awaited<ReturnType<typeof findCandidate>>>;

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
      actorApiKeyName: apiKeys.name,
      data: applicationEvents.data,
      createdAt: applicationEvents.createdAt,
    })
    .from(applicationEvents)
    .leftJoin(fromStages, eq(fromStages.id, applicationEvents.fromStageId))
    .leftJoin(toStages, eq(toStages.id, applicationEvents.toStageId))
    .leftJoin(users, eq(users.id, applicationEvents.actorUserId))
    .leftJoin(apiKeys, eq(apiKeys.id, applicationEvents.actorApiKeyId))
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
      /** Where it went (or goes): a composed message takes the candidate's address as it is when it goes out. */
      to: emailOutbox.to,
      status: emailOutbox.status,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      sendAfter: emailOutbox.sendAfter,
      composed: sql<boolean>`(${emailOutbox.sentByUserId} is not null)`,
      /** A cancelled message's last error: why the worker cancelled it instead of sending it (cancelUnwantedComposedEmails), or an earlier attempt's SMTP error. */
      notSentBecause: sql<string | null>`(case when ${emailOutbox.status} = 'cancelled' then ${emailOutbox.lastError} end)`,
    })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, organizationId), eq(emailOutbox.candidateId, candidateId)))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(100);
}

/** Open and draft jobs the candidate has not applied to, for "Add to another job". */
export async function listJobsToAddTo(organizationId: string, candidateId: string) {
  return db()
    .select({ id: jobs.id, title: jobs.title, status: jobs.status })
    .from(jobs)
    .where(
      and(
        eq(jobs.organizationId, organizationId),
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

/** Whether the candidate is one of the organisation's, neither merged away nor deleted. */
export async function isActiveCandidate(executor: Executor, organizationId: string, candidateId: string): Promise<boolean> {
  const [candidate] = await executor
    .select({ id: candidates.id })
    .from(candidates)
    .where(and(eq(candidates.id, candidateId), eq(candidates.organizationId, organizationId), isNull(candidates.mergedIntoId), isNull(candidates.anonymizedAt)));
  return Boolean(candidate);
}

/** Whether the job is one of the organisation's and open or a draft, so it takes new applications. */
export async function isJobTakingApplications(executor: Executor, organizationId: string, jobId: string): Promise<boolean> {
  const [job] = await executor
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.id, jobId), eq(jobs.organizationId, organizationId), inArray(jobs.status, ["open", "draft"])));
  return Boolean(job);
}
