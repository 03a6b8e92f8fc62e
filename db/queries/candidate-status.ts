import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { fileStore, readFileBytes } from "@/server/storage";
import { db } from "../client";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  candidateAccessTokens,
  candidates,
  files,
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

/** Withdraws one of the candidate's active applications; false when it is not theirs or not active. */
export async function withdrawApplication(candidate: StatusCandidate, applicationId: string): Promise<boolean> {
  return db().transaction(async (tx) => {
    const [updated] = await tx
      .update(applications)
      .set({ status: "withdrawn", version: sql`${applications.version} + 1` })
      .where(and(eq(applications.id, applicationId), eq(applications.candidateId, candidate.candidateId), eq(applications.status, "active")))
      .returning({ id: applications.id });
    if (!updated) return false;
    await tx.insert(applicationEvents).values({
      organizationId: candidate.organizationId,
      applicationId,
      type: "withdrawn",
      data: { by: "candidate" },
    });
    return true;
  });
}

/** Everything the candidate gave us, for "download my data": details, applications, answers and files. */
export async function exportCandidateData(candidate: StatusCandidate) {
  const [details] = await db()
    .select({ name: candidates.name, email: candidates.email, phone: candidates.phone, location: candidates.location, links: candidates.links, createdAt: candidates.createdAt })
    .from(candidates)
    .where(eq(candidates.id, candidate.candidateId));
  const apps = await db()
    .select({ id: applications.id, job: jobs.title, status: applications.status, appliedAt: applications.createdAt, coverLetter: applications.coverLetter, source: applications.source })
    .from(applications)
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(eq(applications.candidateId, candidate.candidateId));
  const ids = apps.map((a) => a.id);
  const answers = ids.length
    ? await db()
        .select({ applicationId: applicationAnswers.applicationId, question: jobQuestions.label, answer: applicationAnswers.value })
        .from(applicationAnswers)
        .innerJoin(jobQuestions, eq(jobQuestions.id, applicationAnswers.questionId))
        .where(inArray(applicationAnswers.applicationId, ids))
    : [];
  const selfIds = ids.length ? await db().select().from(selfIdentifications).where(inArray(selfIdentifications.applicationId, ids)) : [];
  const documents = await db()
    .select({ id: files.id, storageKey: files.storageKey, name: files.originalName, mediaType: files.mediaType, sizeBytes: files.sizeBytes, sha256: files.sha256, applicationId: files.applicationId })
    .from(files)
    .where(eq(files.candidateId, candidate.candidateId));
  const contents = await Promise.all(documents.map((document) => readFileBytes(document)));

  if (ids.length) {
    await db().insert(applicationEvents).values(ids.map((applicationId) => ({ organizationId: candidate.organizationId, applicationId, type: "data_exported" as const })));
  }
  return {
    organization: candidate.organizationName,
    exportedAt: new Date().toISOString(),
    candidate: details,
    applications: apps.map((a) => ({
      ...a,
      answers: answers.filter((x) => x.applicationId === a.id).map(({ question, answer }) => ({ question, answer })),
      selfIdentification: selfIds.find((x) => x.applicationId === a.id) ?? null,
    })),
    files: documents.map((file, i) => ({
      name: file.name,
      mediaType: file.mediaType,
      sizeBytes: file.sizeBytes,
      sha256: file.sha256,
      applicationId: file.applicationId,
      contentBase64: contents[i]!.toString("base64"),
    })),
  };
}

/**
 * "Delete my data": the candidate becomes anonymous, their files, answers, self-identification and
 * status links are removed, and each application keeps only its job, stage and dates, so the
 * organisation's counts stay right. Recorded on every application. One transaction.
 */
export async function anonymizeCandidate(candidate: StatusCandidate): Promise<void> {
  const removed = await db().transaction(async (tx) => {
    const apps = await tx.select({ id: applications.id }).from(applications).where(eq(applications.candidateId, candidate.candidateId));
    const ids = apps.map((a) => a.id);
    if (ids.length) {
      await tx.delete(applicationAnswers).where(inArray(applicationAnswers.applicationId, ids));
      await tx.delete(selfIdentifications).where(inArray(selfIdentifications.applicationId, ids));
      await tx
        .update(applications)
        .set({ coverLetter: null, sourceDetails: {}, status: sql`case when ${applications.status} = 'active' then 'withdrawn'::application_status else ${applications.status} end` })
        .where(inArray(applications.id, ids));
      await tx.insert(applicationEvents).values(ids.map((applicationId) => ({ organizationId: candidate.organizationId, applicationId, type: "data_deleted" as const, data: { by: "candidate" } })));
    }
    const deletedFiles = await tx.delete(files).where(eq(files.candidateId, candidate.candidateId)).returning({ storageKey: files.storageKey });
    await tx.delete(candidateAccessTokens).where(eq(candidateAccessTokens.candidateId, candidate.candidateId));
    await tx
      .update(candidates)
      .set({ name: "Deleted candidate", email: sql`'deleted+' || ${candidates.id} || '@invalid'`, phone: null, location: null, links: [], anonymizedAt: new Date() })
      .where(eq(candidates.id, candidate.candidateId));
    return deletedFiles.map((file) => file.storageKey);
  });
  // Bytes outside Postgres go once the rows are gone; if this fails, the orphan sweep removes them.
  await fileStore()
    .remove(removed)
    .catch((error: unknown) => console.error("candor: could not remove a deleted candidate's files from storage", error));
}
