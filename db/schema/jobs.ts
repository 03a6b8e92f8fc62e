import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ImportReview } from "@/lib/postings/types";
import { createdAt, id, organizationId, updatedAt } from "./columns";
import { employmentType, jobBoardProvider, jobStatus, jobTeamRole, payPeriod, questionType, stageKind, workplaceType } from "./enums";
import { users } from "./organizations";

export const jobs = pgTable(
  "jobs",
  {
    id: id(),
    organizationId: organizationId(),
    /** Numeric id for the Greenhouse- and Lever-shaped public APIs, which promise a number. */
    publicId: integer("public_id").generatedAlwaysAsIdentity().notNull().unique(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    department: text("department"),
    location: text("location"),
    workplaceType: workplaceType("workplace_type").notNull().default("on_site"),
    employmentType: employmentType("employment_type").notNull().default("full_time"),
    descriptionMd: text("description_md").notNull().default(""),
    payMin: integer("pay_min"),
    payMax: integer("pay_max"),
    payCurrency: text("pay_currency"),
    payPeriod: payPeriod("pay_period"),
    status: jobStatus("status").notNull().default("draft"),
    /** Hide candidate identity from hiring managers and interviewers until revealed or at Offer. */
    anonymizedReview: boolean("anonymized_review").notNull().default(false),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    /** What an import guessed, repaired and removed, shown in the editor until the job is published. */
    importReview: jsonb("import_review").$type<ImportReview>(),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("jobs_org_slug_idx").on(t.organizationId, t.slug),
    index("jobs_org_status_idx").on(t.organizationId, t.status),
    check("jobs_pay_range_check", sql`${t.payMin} is null or ${t.payMax} is null or ${t.payMin} <= ${t.payMax}`),
    check("jobs_pay_currency_check", sql`${t.payCurrency} is null or ${t.payCurrency} ~ '^[A-Z]{3}$'`),
  ],
);

export const jobStages = pgTable(
  "job_stages",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    kind: stageKind("kind").notNull(),
    position: integer("position").notNull(),
    /** Removed stages are archived, never deleted: history events keep pointing at them. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index("job_stages_job_position_idx").on(t.jobId, t.position),
    // Lets applications reference (stage, job) together, so a stage of another job is rejected by the database.
    unique("job_stages_id_job_unique").on(t.id, t.jobId),
  ],
);

/** The hiring team: who works on a job besides the organisation's admins and recruiters. */
export const jobMembers = pgTable(
  "job_members",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: jobTeamRole("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("job_members_job_user_idx").on(t.jobId, t.userId), index("job_members_user_idx").on(t.userId)],
);

export const jobQuestions = pgTable(
  "job_questions",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    label: text("label").notNull(),
    helpText: text("help_text"),
    type: questionType("type").notNull(),
    options: jsonb("options").$type<string[]>().notNull().default([]),
    required: boolean("required").notNull().default(false),
    position: integer("position").notNull(),
    /** Removed questions are archived, never deleted, so earlier answers keep their question. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("job_questions_job_idx").on(t.jobId, t.position)],
);

/**
 * Where a job imported from another service's public board came from (a Greenhouse board token, a Lever
 * site name, and that service's id for the posting), so importing the same board again skips it. The
 * board is kept in lower case: the services treat it so.
 */
export const jobSources = pgTable(
  "job_sources",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    provider: jobBoardProvider("provider").notNull(),
    board: text("board").notNull(),
    externalId: text("external_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("job_sources_posting_idx").on(t.organizationId, t.provider, t.board, t.externalId),
    uniqueIndex("job_sources_job_idx").on(t.jobId),
  ],
);

export type Job = typeof jobs.$inferSelect;
export type JobStage = typeof jobStages.$inferSelect;
export type JobQuestion = typeof jobQuestions.$inferSelect;
export type JobSource = typeof jobSources.$inferSelect;
