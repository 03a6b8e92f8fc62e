import "server-only";
import { and, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { DATABASE_STORAGE_KEY } from "@/lib/files/storage-types";
import type { Executor } from "../client";
import { executeNamed } from "../prepared";
import {
  applicationAnswers,
  applicationReplyAddresses,
  applicationEvents,
  applications,
  candidateAccessTokens,
  candidates,
  fileContents,
  files,
  jobStages,
  selfIdentifications,
  type ApplicationSourceDetails,
  type CandidateLink,
} from "../schema";
import { outboxInsert, type NewEmail } from "./outbox";
import { webhookEventParts } from "./webhooks";

export async function findApplicationByIdempotencyKey(executor: Executor, organizationId: string, idempotencyKey: string) {
  const [row] = await executor
    .select({ id: applications.id, candidateId: applications.candidateId, fingerprint: applications.idempotencyFingerprint })
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
function candidateUpsert(organizationId: string, details: CandidateDetails) {
  return sql`
    insert into ${candidates} (organization_id, email, name, phone, location, links)
    values (${organizationId}, ${details.email}, ${details.name}, ${details.phone ?? null}, ${details.location ?? null}, ${JSON.stringify(details.links)}::jsonb)
    on conflict (organization_id, lower(email)) do update set
      phone = coalesce(${candidates}.phone, excluded.phone),
      location = coalesce(${candidates}.location, excluded.location),
      links = case when ${candidates}.links = '[]'::jsonb then excluded.links else ${candidates}.links end,
      updated_at = now()
    returning id`;
}

export type NewApplication = {
  organizationId: string;
  jobId: string;
  candidateId: string;
  coverLetter?: string;
  source?: string;
  sourceDetails?: ApplicationSourceDetails;
  idempotencyKey?: string;
  /** Required with idempotencyKey: what the key was first used for (see the schema). */
  idempotencyFingerprint?: string;
  /** The stage to start in (a live stage of the job); by default the pipeline's first live stage. */
  stageId?: string;
  /** The member who referred the candidate. */
  referrerUserId?: string;
  /** The application's first history event: "applied" by the candidate, or "added_to_job" by a member. */
  event: { type: "applied" | "added_to_job"; actorUserId?: string | null; actorApiKeyId?: string | null; data?: Record<string, unknown> };
};

/**
 * The `stage`, `application` and `event` parts of a WITH: the application goes in the first live stage of
 * its job's pipeline (removed stages take no new applications), with its first history event. No row
 * when the job has no live stage. `candidateId` may be SQL naming an earlier part of the same statement.
 */
function applicationParts(values: Omit<NewApplication, "candidateId"> & { id?: string; candidateId: string | SQL }) {
  return sql`
    stage as (
      select ${jobStages.id} as id from ${jobStages}
      where ${jobStages.jobId} = ${values.jobId} and ${jobStages.archivedAt} is null
        and (${values.stageId ?? null}::uuid is null or ${jobStages.id} = ${values.stageId ?? null}::uuid)
      order by ${jobStages.position} limit 1
    ), application as (
      insert into ${applications} (id, organization_id, job_id, candidate_id, stage_id, cover_letter, source, source_details, idempotency_key, idempotency_fingerprint, referrer_user_id)
      select coalesce(${values.id ?? null}::uuid, gen_random_uuid()), ${values.organizationId}::uuid, ${values.jobId}::uuid, ${values.candidateId}::uuid,
        stage.id, ${values.coverLetter ?? null}::text, ${values.source ?? null}::text, ${JSON.stringify(values.sourceDetails ?? {})}::jsonb,
        ${values.idempotencyKey ?? null}::text, ${values.idempotencyFingerprint ?? null}::text, ${values.referrerUserId ?? null}::uuid
      from stage
      returning id, stage_id, candidate_id
    ), event as (
      insert into ${applicationEvents} (organization_id, application_id, type, to_stage_id, actor_user_id, actor_api_key_id, data)
      select ${values.organizationId}::uuid, application.id, ${values.event.type}::application_event_type, application.stage_id,
        ${values.event.actorUserId ?? null}::uuid, ${values.event.actorApiKeyId ?? null}::uuid, ${JSON.stringify(values.event.data ?? {})}::jsonb
      from application
    )`;
}

/**
 * Inserts an application with its first history event, in one statement (see applicationParts).
 * Null when the job has no live stage. A second application of the candidate to the job, or a reused
 * idempotency key, fails with 23505.
 */
export async function insertApplication(tx: Executor, values: NewApplication): Promise<{ id: string; stageId: string } | null> {
  const result = await tx.execute<{ id: string; stage_id: string }>(sql`with ${applicationParts(values)} select id, stage_id from application`);
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

/** The file rows of staged documents, and the bytes Postgres keeps itself (the others are in the file store already). */
function fileInserts(documents: StagedDocument[], owner: { organizationId: string; candidateId: string | SQL; applicationId: string | null }) {
  return {
    rows: documents.map((document) => ({
      id: document.id,
      ...owner,
      kind: document.kind,
      originalName: document.originalName,
      mediaType: document.mediaType,
      sizeBytes: document.sizeBytes,
      sha256: document.sha256,
      storageKey: document.storageKey,
      extractedText: document.extractedText,
      textPending: document.textPending,
    })),
    bytes: documents.filter((document) => document.storageKey === DATABASE_STORAGE_KEY).map((document) => ({ fileId: document.id, data: document.data })),
  };
}

/** Records staged documents of a candidate (and of one of their applications, or none). */
export async function insertCandidateFiles(
  executor: Executor,
  documents: StagedDocument[],
  owner: { organizationId: string; candidateId: string; applicationId: string | null },
): Promise<void> {
  if (documents.length === 0) return;
  const { rows, bytes } = fileInserts(documents, owner);
  await executor.insert(files).values(rows);
  if (bytes.length > 0) await executor.insert(fileContents).values(bytes);
}

export type NewSubmission = {
  organizationId: string;
  jobId: string;
  /** Chosen by the caller, so the answers, files and email can name the application. */
  applicationId: string;
  candidate: CandidateDetails;
  application: Pick<NewApplication, "coverLetter" | "source" | "sourceDetails" | "idempotencyKey" | "idempotencyFingerprint" | "event">;
  documents: StagedDocument[];
  answers: { questionId: string; value: string | string[] | null; fileId?: string }[];
  selfIdentification: { gender?: string; ethnicity?: string; veteranStatus?: string; disability?: string };
  /** The hash of the candidate's new status link. */
  accessTokenHash: string;
  /** The application's reply token (application_reply_addresses), when replies are threaded: the receipt's Reply-To names it. */
  replyToken?: string;
  confirmation: Omit<NewEmail, "organizationId" | "candidateId" | "applicationId">;
};

/**
 * Records a candidate's application in one statement, so all of it is stored or none of it is without a
 * transaction's extra round trips (this is the busiest write path): the candidate (see candidateUpsert), the
 * application and its first event, its files (with their bytes when they are kept in Postgres), answers,
 * voluntary self-identification, the status link, the application's reply address and the confirmation email.
 * Fails, storing nothing, when the job has no live stage. A second application of the candidate to the
 * job, or a reused idempotency key, fails with 23505.
 */
export async function insertSubmission(executor: Executor, submission: NewSubmission): Promise<{ candidateId: string }> {
  const { organizationId, applicationId } = submission;
  const parts = [
    sql`candidate as (${candidateUpsert(organizationId, submission.candidate)})`,
    applicationParts({ ...submission.application, id: applicationId, organizationId, jobId: submission.jobId, candidateId: sql`(select id from candidate)` }),
  ];
  // Every later part takes the candidate from the application row: when the job has no live stage there
  // is none, and the status link's required candidate fails the whole statement (nothing is stored).
  const candidateId = sql`(select candidate_id from application)`;
  const write = (name: string, statement: SQLWrapper) => parts.push(sql`${sql.identifier(name)} as ${statement}`);
  if (submission.documents.length > 0) {
    const { rows, bytes } = fileInserts(submission.documents, { organizationId, candidateId, applicationId });
    write("file_rows", executor.insert(files).values(rows));
    if (bytes.length > 0) write("file_bytes", executor.insert(fileContents).values(bytes));
  }
  if (submission.answers.length > 0) {
    write("answers", executor.insert(applicationAnswers).values(submission.answers.map((answer) => ({ ...answer, fileId: answer.fileId ?? null, organizationId, applicationId }))));
  }
  const { gender, ethnicity, veteranStatus, disability } = submission.selfIdentification;
  if (gender || ethnicity || veteranStatus || disability) {
    const answered = { gender: gender ?? null, ethnicity: ethnicity ?? null, veteranStatus: veteranStatus ?? null, disability: disability ?? null };
    write("self_identification", executor.insert(selfIdentifications).values({ organizationId, applicationId, ...answered }));
  }
  write("access_token", executor.insert(candidateAccessTokens).values({ organizationId, candidateId, tokenHash: submission.accessTokenHash }));
  if (submission.replyToken) write("reply_address", executor.insert(applicationReplyAddresses).values({ organizationId, applicationId, token: submission.replyToken }));
  write("confirmation", outboxInsert(executor, { ...submission.confirmation, organizationId, applicationId }, { candidateId }));
  parts.push(
    webhookEventParts(
      organizationId,
      sql`select 'application.created'::text as type,
        jsonb_build_object('application_id', id, 'job_id', ${submission.jobId}::text, 'candidate_id', candidate_id) as data from application`,
    ),
  );
  // Named after its text, so Postgres plans it once per connection. Absent values are written as nulls, not
  // left out (drizzle writes DEFAULT for undefined), so the text varies only with the number of files and
  // answers, whether self-identification was given and whether replies are threaded.
  const [row] = await executeNamed<{ candidate_id: string }>(executor, "insert_submission", sql`with ${sql.join(parts, sql`, `)} select candidate_id from application`);
  if (!row) throw new Error(`application ${applicationId} was not stored`);
  return { candidateId: row.candidate_id };
}

export async function insertAccessToken(tx: Executor, organizationId: string, candidateId: string, tokenHash: string) {
  await tx.insert(candidateAccessTokens).values({ organizationId, candidateId, tokenHash });
}
