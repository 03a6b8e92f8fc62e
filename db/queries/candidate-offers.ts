import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { applications, fileContents, files, jobs, offers } from "../schema";

// What an offer leaves the candidate: the letter file and the offers their status page shows.

/** Stores the letter's bytes in Postgres with its files row, in the caller's transaction. */
export async function insertLetterFile(
  executor: Executor,
  file: { id: string; organizationId: string; candidateId: string; applicationId: string; originalName: string; data: Buffer; sha256: string; storageKey: string },
) {
  await executor.insert(files).values({
    id: file.id,
    organizationId: file.organizationId,
    candidateId: file.candidateId,
    applicationId: file.applicationId,
    kind: "offer_letter",
    originalName: file.originalName,
    mediaType: "application/pdf",
    sizeBytes: file.data.length,
    sha256: file.sha256,
    storageKey: file.storageKey,
  });
  if (file.storageKey === "pg") await executor.insert(fileContents).values({ fileId: file.id, data: file.data });
}

/** A letter file of the organisation, for the signed-in download and the candidate's. */
export async function findLetterFile(executor: Executor, organizationId: string, fileId: string) {
  const [row] = await executor
    .select({ id: files.id, storageKey: files.storageKey, originalName: files.originalName, sizeBytes: files.sizeBytes })
    .from(files)
    .where(and(eq(files.id, fileId), eq(files.organizationId, organizationId), eq(files.kind, "offer_letter")))
    .limit(1);
  return row ?? null;
}

/** The candidate's offers that were sent to them (approved, or answered), with the job: for their status page. */
export async function listCandidateOffers(executor: Executor, candidate: { organizationId: string; candidateId: string }) {
  return executor
    .select({
      id: offers.id,
      status: offers.status,
      applicationId: offers.applicationId,
      jobTitle: jobs.title,
      salaryAmount: offers.salaryAmount,
      currency: offers.currency,
      salaryPeriod: offers.salaryPeriod,
      startDate: offers.startDate,
      expiresOn: offers.expiresOn,
      bonus: offers.bonus,
      equity: offers.equity,
      letterFileId: offers.letterFileId,
      respondedAt: offers.respondedAt,
      version: offers.version,
      jobId: jobs.id,
    })
    .from(offers)
    .innerJoin(applications, eq(applications.id, offers.applicationId))
    .innerJoin(jobs, eq(jobs.id, applications.jobId))
    .where(
      and(
        eq(offers.organizationId, candidate.organizationId),
        eq(applications.candidateId, candidate.candidateId),
        inArray(offers.status, ["approved", "accepted", "declined"]),
      ),
    )
    .orderBy(desc(offers.sentAt))
    .limit(20);
}

export type CandidateOffer = Awaited<ReturnType<typeof listCandidateOffers>>[number];

/** The application's id and candidate, its row locked for the transaction (the candidate's answer). */
export async function lockApplicationOwner(executor: Executor, organizationId: string, applicationId: string) {
  const [row] = await executor
    .select({ id: applications.id, candidateId: applications.candidateId })
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.organizationId, organizationId)))
    .for("update");
  return row ?? null;
}
