import "server-only";
import { and, eq, sql } from "drizzle-orm";
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

export type NewApplication = {
  organizationId: string;
  jobId: string;
  candidateId: string;
  coverLetter?: string;
  source?: string;
  sourceDetails?: ApplicationSourceDetails;
  idempotencyKey?: string;
  /** The application's first history event: "applied" by the candidate, or "added_to_job" by a member. */
  event: { type: "applied" | "added_to_job"; actorUserId?: string; data?: Record<string, unknown> };
};

/**
 * Inserts an application in the first live stage of its job's pipeline (removed stages take no new
 * applications), with its first history event, in one statement. Null when the job has no live stage.
 * A second application of the candidate to the job, or a reused idempotency key, fails with 23505.
 */
export async function insertApplication(tx: Executor, values: NewApplication): Promise<{ id: string; stageId: string } | null> {
  const result = await tx.execute<{ id: string; stage_id: string }>(sql`
    with stage as (
      select ${jobStages.id} as id from ${jobStages}
      where ${jobStages.jobId} = ${values.jobId} and ${jobStages.archivedAt} is null
      order by ${jobStages.position} limit 1
    ), application as (
      insert into ${applications} (organization_id, job_id, candidate_id, stage_id, cover_letter, source, source_details, idempotency_key)
      select ${values.organizationId}::uuid, ${values.jobId}::uuid, ${values.candidateId}::uuid, stage.id, ${values.coverLetter ?? null}::text,
        ${values.source ?? null}::text, ${JSON.stringify(values.sourceDetails ?? {})}::jsonb, ${values.idempotencyKey ?? null}::text
      from stage
      returning id, stage_id
    ), event as (
      insert into ${applicationEvents} (organization_id, application_id, type, to_stage_id, actor_user_id, data)
      select ${values.organizationId}::uuid, application.id, ${values.event.type}::application_event_type, application.stage_id,
        ${values.event.actorUserId ?? null}::uuid, ${JSON.stringify(values.event.data ?? {})}::jsonb
      from application
    )
    select id, stage_id from application`);
  const row = result.rows[0];
  return row ? { id: row.id, stageId: row.stage_id } : null;
}

export type StoredDocument = {
  kind: "resume" | "cover_letter" | "answer";
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  data: Buffer;
  extractedText: string | null;
  textPending: boolean;
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
