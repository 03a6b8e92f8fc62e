import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { db, type Executor } from "../client";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  candidateAccessTokens,
  candidates,
  emailOutbox,
  files,
  inboundEmails,
  jobQuestions,
  jobStages,
  jobs,
  organizations,
  selfIdentifications,
} from "../schema";

// What a candidate may see and do through their private status link. Every function starts from the
// token's candidate, so one candidate's link can never reach another's data.

export async function findCandidateByTokenHash(tokenHash: string) {
  const [row] = await db()
    .select({
      candidateId: candidates.id,
      organizationId: candidates.organizationId,
      name: candidates.name,
      email: candidates.email,
      organizationName: organizations.name,
      organizationSlug: organizations.slug,
    })
    .from(candidateAccessTokens)
    .innerJoin(candidates, eq(candidates.id, candidateAccessTokens.candidateId))
    .innerJoin(organizations, eq(organizations.id, candidates.organizationId))
    .where(and(eq(candidateAccessTokens.tokenHash, tokenHash), sql`${candidates.anonymizedAt} is null`))
    .limit(1);
  if (row) await db().update(candidateAccessTokens).set({ lastUsedAt: new Date() }).where(eq(candidateAccessTokens.tokenHash, tokenHash));
  return row ?? null;
}

export type StatusCandidate = NonNullable<Awaited<ReturnType<typeof findCandidateByTokenHash>>>;

export async function listCandidateApplications(candidate: StatusCandidate) {
  return db()
    .select({
      id: applications.id,
      jobTitle: jobs.title,
      jobSlug: jobs.slug,
      status: applications.status,
      stageKind: jobStages.kind,
      appliedAt: applications.createdAt,
      updatedAt: applications.updatedAt,
      version: applications.version,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .innerJoin(jobStages, eq(jobStages.id, applications.stageId))
    .where(and(eq(applications.candidateId, candidate.candidateId), eq(applications.organizationId, candidate.organizationId)))
    .orderBy(asc(applications.createdAt));
}

/** Withdraws one of the candidate's active applications, with its event; false when it is not theirs or not active. */
export async function withdrawCandidateApplication(executor: Executor, candidate: StatusCandidate, applicationId: string): Promise<boolean> {
  const [updated] = await executor
    .update(applications)
    .set({ status: "withdrawn", version: sql`${applications.version} + 1` })
    .where(and(eq(applications.id, applicationId), eq(applications.candidateId, candidate.candidateId), eq(applications.status, "active")))
    .returning({ id: applications.id });
  if (!updated) return false;
  await executor.insert(applicationEvents).values({
    organizationId: candidate.organizationId,
    applicationId,
    type: "withdrawn",
    data: { by: "candidate" },
  });
  return true;
}

/** Everything the candidate gave us, as rows: details, applications, answers, self-identification and file records. */
export async function getCandidateDataRows(executor: Executor, candidate: StatusCandidate) {
  const [details] = await executor
    .select({ name: candidates.name, email: candidates.email, phone: candidates.phone, location: candidates.location, links: candidates.links, createdAt: candidates.createdAt })
    .from(candidates)
    .where(eq(candidates.id, candidate.candidateId));
  const apps = await executor
    .select({
      id: applications.id,
      job: jobs.title,
      status: applications.status,
      appliedAt: applications.createdAt,
      coverLetter: applications.coverLetter,
      source: applications.source,
      sourceDetails: applications.sourceDetails,
    })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.candidateId, candidate.candidateId));
  const ids = apps.map((a) => a.id);
  const answers = ids.length
    ? await executor
        .select({ applicationId: applicationAnswers.applicationId, question: jobQuestions.label, answer: applicationAnswers.value })
        .from(applicationAnswers)
        .innerJoin(jobQuestions, eq(jobQuestions.id, applicationAnswers.questionId))
        .where(inArray(applicationAnswers.applicationId, ids))
    : [];
  const selfIds = ids.length ? await executor.select().from(selfIdentifications).where(inArray(selfIdentifications.applicationId, ids)) : [];
  // Each stage the application entered, oldest first: the first on applying (or being added), then every
  // move, and a restore that brought it back into another stage. Hired is the move to the Hired stage.
  const stageEntries = ids.length
    ? await executor
        .select({
          applicationId: applicationEvents.applicationId,
          type: applicationEvents.type,
          stage: jobStages.name,
          enteredAt: applicationEvents.createdAt,
          byMember: sql<boolean>`${applicationEvents.actorUserId} is not null`,
        })
        .from(applicationEvents)
        .innerJoin(jobStages, eq(jobStages.id, applicationEvents.toStageId))
        .where(and(inArray(applicationEvents.applicationId, ids), inArray(applicationEvents.type, ["applied", "added_to_job", "moved", "restored"])))
        .orderBy(asc(applicationEvents.createdAt), asc(applicationEvents.id))
    : [];
  const documents = await executor
    .select({ id: files.id, storageKey: files.storageKey, name: files.originalName, mediaType: files.mediaType, sizeBytes: files.sizeBytes, sha256: files.sha256, applicationId: files.applicationId })
    .from(files)
    .where(eq(files.candidateId, candidate.candidateId));
  // The mail: what Candor sent them (delivered), and what they wrote back (replies threaded to an application).
  const emails = await executor
    .select({ applicationId: emailOutbox.applicationId, subject: emailOutbox.subject, text: emailOutbox.text, sentAt: emailOutbox.sentAt })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.organizationId, candidate.organizationId), eq(emailOutbox.candidateId, candidate.candidateId), eq(emailOutbox.status, "sent")))
    .orderBy(asc(emailOutbox.sentAt));
  const replies = await executor
    .select({ applicationId: inboundEmails.applicationId, subject: inboundEmails.subject, text: inboundEmails.text, receivedAt: inboundEmails.receivedAt })
    .from(inboundEmails)
    .where(and(eq(inboundEmails.organizationId, candidate.organizationId), eq(inboundEmails.candidateId, candidate.candidateId)))
    .orderBy(asc(inboundEmails.receivedAt));
  return { details, applications: apps, answers, selfIdentificationAnswers: selfIds, stageEntries, documents, emails, replies };
}

/** One event of `type` on each of the candidate's applications, recording what the candidate did (exported, deleted). */
export async function insertCandidateEvents(executor: Executor, candidate: Pick<StatusCandidate, "organizationId">, applicationIds: string[], type: "data_exported" | "data_deleted") {
  if (applicationIds.length === 0) return;
  await executor.insert(applicationEvents).values(
    applicationIds.map((applicationId) => ({
      organizationId: candidate.organizationId,
      applicationId,
      type,
      ...(type === "data_deleted" ? { data: { by: "candidate" } } : {}),
    })),
  );
}
