import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { fileStore } from "@/lib/storage";
import type { Executor, Transaction } from "../client";
import {
  applicationAnswers,
  applicationEvents,
  applications,
  candidateAccessTokens,
  candidates,
  files,
  jobStages,
  selfIdentifications,
  type ApplicationSourceDetails,
  type CandidateLink,
} from "../schema";

export async function findApplicationByIdempotencyKey(executor: Executor, organizationId: string, idempotencyKey: string) {
  const [row] = await executor
    .select({ id: applications.id, candidateId: applications.candidateId })
    .from(applications)
    .where(and(eq(applications.organizationId, organizationId), eq(applications.idempotencyKey, idempotencyKey)))
    .limit(1);
  return row ?? null;
}

type CandidateDetails = { name: string; email: string; phone?: string; location?: string; links: CandidateLink[] };

/**
 * The organisation's candidate with this email (case-insensitive), created if new. Existing details are
 * kept; blanks are filled from the new application. Safe under concurrent applications from one person.
 */
export async function upsertCandidate(tx: Transaction, organizationId: string, details: CandidateDetails): Promise<string> {
  const result = await tx.execute<{ id: string }>(sql`
    insert into ${candidates} (organization_id, email, name, phone, location, links)
    values (${organizationId}, ${details.email}, ${details.name}, ${details.phone ?? null}, ${details.location ?? null}, ${JSON.stringify(details.links)}::jsonb)
    on conflict (organization_id, lower(email)) do update set
      phone = coalesce(${candidates}.phone, excluded.phone),
      location = coalesce(${candidates}.location, excluded.location),
      links = case when ${candidates}.links = '[]'::jsonb then excluded.links else ${candidates}.links end,
      updated_at = now()
    returning id`);
  const id = result.rows[0]?.id;
  if (!id) throw new Error("candidate upsert returned no row");
  return id;
}

export async function hasApplied(tx: Executor, jobId: string, candidateId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.jobId, jobId), eq(applications.candidateId, candidateId)))
    .limit(1);
  return Boolean(row);
}

/** The first stage of a job's current pipeline: removed (archived) stages take no new applications. */
export async function firstLiveStage(executor: Executor, jobId: string) {
  const [stage] = await executor
    .select({ id: jobStages.id, name: jobStages.name })
    .from(jobStages)
    .where(and(eq(jobStages.jobId, jobId), isNull(jobStages.archivedAt)))
    .orderBy(asc(jobStages.position))
    .limit(1);
  return stage ?? null;
}

/** Where a new application starts; a job always has a live stage (the last one can't be removed). */
export async function firstStageOf(tx: Executor, jobId: string): Promise<string> {
  const stage = await firstLiveStage(tx, jobId);
  if (!stage) throw new Error(`job ${jobId} has no pipeline stages`);
  return stage.id;
}

export type NewApplication = {
  organizationId: string;
  jobId: string;
  candidateId: string;
  stageId: string;
  coverLetter?: string;
  source?: string;
  sourceDetails: ApplicationSourceDetails;
  idempotencyKey: string;
};

export async function insertApplication(tx: Transaction, values: NewApplication): Promise<string> {
  const [row] = await tx.insert(applications).values(values).returning({ id: applications.id });
  if (!row) throw new Error("application insert returned no row");
  await tx.insert(applicationEvents).values({
    organizationId: values.organizationId,
    applicationId: row.id,
    type: "applied",
    toStageId: values.stageId,
    data: values.source ? { source: values.source } : {},
  });
  return row.id;
}

export type StoredDocument = {
  kind: "resume" | "cover_letter" | "answer";
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  data: Buffer;
  extractedText: string | null;
};

/** A document whose bytes the file store has already taken (see lib/storage): its id and storage key are fixed. */
export type StagedDocument = StoredDocument & { id: string; storageKey: string };

/**
 * Records a file in the caller's transaction; with Postgres storage its bytes are written here too,
 * so both commit with the application or neither does.
 */
export async function insertFile(
  tx: Transaction,
  owner: { organizationId: string; candidateId: string; applicationId: string },
  document: StagedDocument,
): Promise<string> {
  const { data, ...metadata } = document;
  await tx.insert(files).values({ ...owner, ...metadata });
  await fileStore().persist(tx, { id: document.id, storageKey: document.storageKey, data });
  return document.id;
}

export async function insertAnswers(
  tx: Transaction,
  rows: { organizationId: string; applicationId: string; questionId: string; value: string | string[] | null; fileId?: string }[],
) {
  if (rows.length > 0) await tx.insert(applicationAnswers).values(rows);
}

export async function insertSelfIdentification(
  tx: Transaction,
  values: { organizationId: string; applicationId: string; gender?: string; ethnicity?: string; veteranStatus?: string; disability?: string },
) {
  if (values.gender || values.ethnicity || values.veteranStatus || values.disability) await tx.insert(selfIdentifications).values(values);
}

export async function insertAccessToken(tx: Executor, organizationId: string, candidateId: string, tokenHash: string) {
  await tx.insert(candidateAccessTokens).values({ organizationId, candidateId, tokenHash });
}
