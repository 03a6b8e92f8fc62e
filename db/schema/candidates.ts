import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { apiKeys } from "./api-keys";
import { createdAt, id, organizationId, updatedAt } from "./columns";
import { applicationEventType, applicationStatus, fileKind } from "./enums";
import { jobQuestions, jobStages, jobs } from "./jobs";
import { users } from "./organizations";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export type CandidateLink = { label: string; url: string };

export const candidates = pgTable(
  "candidates",
  {
    id: id(),
    organizationId: organizationId(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    phone: text("phone"),
    location: text("location"),
    links: jsonb("links").$type<CandidateLink[]>().notNull().default([]),
    /** How a candidate with no application came in ("Imported", "Added by …"); applications carry their own source. */
    source: text("source"),
    /** Set when the candidate asked for their data to be deleted; the row stays for aggregate counts. */
    anonymizedAt: timestamp("anonymized_at", { withTimezone: true }),
    /** Set when this record was merged into another; it then holds nothing and is hidden from lists. */
    mergedIntoId: uuid("merged_into_id").references((): AnyPgColumn => candidates.id, { onDelete: "restrict" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("candidates_org_email_lower_idx").on(t.organizationId, sql`lower(${t.email})`),
    index("candidates_org_created_idx").on(t.organizationId, t.createdAt),
    // Candidate search: full text over name, email and phone, trigrams for misspelt names.
    index("candidates_search_idx").using(
      "gin",
      sql`to_tsvector('simple', ${t.name} || ' ' || ${t.email} || ' ' || coalesce(${t.phone}, ''))`,
    ),
    index("candidates_name_trgm_idx").using("gin", sql`lower(${t.name}) gin_trgm_ops`),
    // Duplicate detection: the same phone number, whatever its punctuation.
    index("candidates_org_phone_digits_idx").on(t.organizationId, sql`regexp_replace(${t.phone}, '[^0-9]', '', 'g')`),
  ],
);

/** Where the applicant came from (lib/applications/attribution.ts). */
export type ApplicationSourceDetails = {
  /** The campaign tags of the visit, each at most 200 characters. */
  utm?: Partial<Record<"source" | "medium" | "campaign" | "term" | "content", string>>;
  /** The other site that sent the applicant: an http(s) origin and path (no query), at most 500 characters. */
  referrer?: string;
};

export const applications = pgTable(
  "applications",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "restrict" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "restrict" }),
    stageId: uuid("stage_id").notNull(),
    status: applicationStatus("status").notNull().default("active"),
    rejectionReason: text("rejection_reason"),
    rejectionNote: text("rejection_note"),
    coverLetter: text("cover_letter"),
    source: text("source"),
    /** The member who referred the candidate for this job ("Refer someone"); they may follow its stage. */
    referrerUserId: uuid("referrer_user_id").references(() => users.id, { onDelete: "set null" }),
    sourceDetails: jsonb("source_details").$type<ApplicationSourceDetails>().notNull().default({}),
    /** Client-supplied key that makes a retried or double-clicked submit create one application. */
    idempotencyKey: text("idempotency_key"),
    /**
     * sha256 of the job, email and body the key was first used with (lib/applications/request-fingerprint.ts):
     * the same key with anything else is refused rather than answered with this application.
     */
    idempotencyFingerprint: text("idempotency_fingerprint"),
    /** Optimistic lock: every write compares and increments it. */
    version: integer("version").notNull().default(1),
    stageEnteredAt: timestamp("stage_entered_at", { withTimezone: true }).notNull().defaultNow(),
    identityRevealedAt: timestamp("identity_revealed_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("applications_job_candidate_idx").on(t.jobId, t.candidateId),
    uniqueIndex("applications_org_idempotency_idx").on(t.organizationId, t.idempotencyKey),
    index("applications_job_stage_status_idx").on(t.jobId, t.stageId, t.status),
    index("applications_candidate_idx").on(t.candidateId),
    index("applications_org_created_idx").on(t.organizationId, t.createdAt),
    index("applications_referrer_idx").on(t.organizationId, t.referrerUserId).where(sql`${t.referrerUserId} is not null`),
    foreignKey({
      name: "applications_stage_of_job_fk",
      columns: [t.stageId, t.jobId],
      foreignColumns: [jobStages.id, jobStages.jobId],
    }).onDelete("restrict"),
  ],
);

/** Append-only history of an application. Rows are never updated or deleted (a trigger refuses it). */
export const applicationEvents = pgTable(
  "application_events",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    type: applicationEventType("type").notNull(),
    fromStageId: uuid("from_stage_id").references(() => jobStages.id, { onDelete: "restrict" }),
    toStageId: uuid("to_stage_id").references(() => jobStages.id, { onDelete: "restrict" }),
    /** Null when the candidate or the system acted. */
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The REST API key that acted (keys are revoked, never deleted). */
    actorApiKeyId: uuid("actor_api_key_id").references(() => apiKeys.id),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index("application_events_application_idx").on(t.applicationId, t.createdAt),
    // The reports (db/queries/reports.ts): hires and offer decisions by organisation, and each
    // application's stage entries in order for time in stage, without reading every event.
    index("application_events_hired_idx").on(t.organizationId, t.applicationId, t.createdAt).where(sql`${t.type} = 'hired'`),
    index("application_events_decision_idx").on(t.organizationId, t.applicationId, t.createdAt).where(sql`${t.type} = 'decision_recorded'`),
    index("application_events_stage_entries_idx")
      .on(t.organizationId, t.applicationId, t.createdAt, t.id, t.toStageId)
      .where(sql`${t.toStageId} is not null and ${t.type} <> 'hired'`),
  ],
);

export const files = pgTable(
  "files",
  {
    id: id(),
    organizationId: organizationId(),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "restrict" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "restrict" }),
    kind: fileKind("kind").notNull(),
    originalName: text("original_name").notNull(),
    mediaType: text("media_type").notNull(),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    /** "pg": the bytes are in file_contents under this file's id; "s3:<key>" for an S3-compatible bucket. */
    storageKey: text("storage_key").notNull(),
    extractedText: text("extracted_text"),
    /** The text is read after the application is stored (server/applications/extract-resume-text.ts), not while the candidate waits. */
    textPending: boolean("text_pending").notNull().default(false),
    /** Tries at reading the text so far, and when the last began: a file that keeps failing is retried a few times, spaced out, then given up. */
    textAttempts: integer("text_attempts").notNull().default(0),
    textAttemptedAt: timestamp("text_attempted_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("files_application_idx").on(t.applicationId),
    index("files_text_pending_idx").on(t.createdAt).where(sql`${t.textPending}`),
    index("files_candidate_idx").on(t.candidateId),
    index("files_text_search_idx").using("gin", sql`to_tsvector('english', coalesce(${t.extractedText}, ''))`),
  ],
);

/** Default storage: bytes live in Postgres, committed in the same transaction as the application. */
export const fileContents = pgTable("file_contents", {
  fileId: uuid("file_id")
    .primaryKey()
    .references(() => files.id, { onDelete: "cascade" }),
  data: bytea("data").notNull(),
});

export const applicationAnswers = pgTable(
  "application_answers",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => jobQuestions.id, { onDelete: "restrict" }),
    value: jsonb("value").$type<string | string[] | boolean | null>(),
    fileId: uuid("file_id").references(() => files.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("application_answers_application_question_idx").on(t.applicationId, t.questionId)],
);

/** Voluntary self-identification: kept apart from the application and never shown to reviewers. */
export const selfIdentifications = pgTable("self_identifications", {
  applicationId: uuid("application_id")
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  organizationId: organizationId(),
  gender: text("gender"),
  ethnicity: text("ethnicity"),
  veteranStatus: text("veteran_status"),
  disability: text("disability"),
  createdAt: createdAt(),
});

/** Private status links for candidates; only a hash of the token is stored. */
export const candidateAccessTokens = pgTable(
  "candidate_access_tokens",
  {
    id: id(),
    organizationId: organizationId(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("candidate_access_tokens_candidate_idx").on(t.candidateId)],
);

export const notes = pgTable(
  "notes",
  {
    id: id(),
    organizationId: organizationId(),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "restrict" }),
    applicationId: uuid("application_id").references(() => applications.id, { onDelete: "restrict" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    /** The REST API key that wrote it (keys are revoked, never deleted). */
    authorApiKeyId: uuid("author_api_key_id").references(() => apiKeys.id),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("notes_candidate_idx").on(t.candidateId, t.createdAt)],
);

/** A merge of one candidate record into another, kept for the record (what moved, who, when). */
export const candidateMerges = pgTable(
  "candidate_merges",
  {
    id: id(),
    organizationId: organizationId(),
    survivorId: uuid("survivor_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "restrict" }),
    mergedId: uuid("merged_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "restrict" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** What the merged record held: its contact details and the ids of what moved. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("candidate_merges_survivor_idx").on(t.survivorId)],
);

export type Candidate = typeof candidates.$inferSelect;
export type Application = typeof applications.$inferSelect;
export type ApplicationEvent = typeof applicationEvents.$inferSelect;
export type StoredFile = typeof files.$inferSelect;
