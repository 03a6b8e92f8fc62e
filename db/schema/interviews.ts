import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications } from "./candidates";
import { createdAt, id, organizationId, updatedAt } from "./columns";
import type { AttributeRating, ScorecardTemplate } from "@/lib/enums";
import { recommendation, scorecardStatus } from "./enums";
import { jobStages, jobs } from "./jobs";
import { users } from "./organizations";

export type { AttributeRating, ScorecardTemplate } from "@/lib/enums";

/** The interview plan: which interviews an interview stage holds, each with its scorecard template. */
export const plannedInterviews = pgTable(
  "planned_interviews",
  {
    id: id(),
    organizationId: organizationId(),
    jobId: uuid("job_id")
      .notNull()
      .references(() => jobs.id, { onDelete: "cascade" }),
    stageId: uuid("stage_id")
      .notNull()
      .references(() => jobStages.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    template: jsonb("template").$type<ScorecardTemplate>().notNull().default({ focusAreas: [] }),
    createdAt: createdAt(),
  },
  (t) => [index("planned_interviews_job_idx").on(t.jobId, t.position)],
);

export const interviews = pgTable(
  "interviews",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    plannedInterviewId: uuid("planned_interview_id").references(() => plannedInterviews.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    location: text("location"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    /**
     * Bumped by every reschedule and the cancellation: the version a form must send back, and the
     * invitation's iCalendar SEQUENCE, so calendars replace the earlier invitation.
     */
    sequence: integer("sequence").notNull().default(0),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("interviews_application_idx").on(t.applicationId)],
);

/**
 * A link a recruiter sends so the candidate books a planned interview themselves. Only the token's
 * SHA-256 is stored; the link works until it expires or once it has booked its interview.
 */
export const schedulingLinks = pgTable(
  "scheduling_links",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    plannedInterviewId: uuid("planned_interview_id")
      .notNull()
      .references(() => plannedInterviews.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    interviewerIds: uuid("interviewer_ids").array().notNull(),
    durationMinutes: integer("duration_minutes").notNull(),
    location: text("location"),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Set by the booking: one link books one interview. */
    interviewId: uuid("interview_id").references(() => interviews.id, { onDelete: "set null" }),
    bookedAt: timestamp("booked_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("scheduling_links_token_idx").on(t.tokenHash), index("scheduling_links_application_idx").on(t.applicationId)],
);

export const interviewParticipants = pgTable(
  "interview_participants",
  {
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    organizationId: organizationId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("interview_participants_pk_idx").on(t.interviewId, t.userId),
    index("interview_participants_user_idx").on(t.userId),
  ],
);

export const scorecards = pgTable(
  "scorecards",
  {
    id: id(),
    organizationId: organizationId(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "restrict" }),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    authorUserId: uuid("author_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    status: scorecardStatus("status").notNull().default("draft"),
    ratings: jsonb("ratings").$type<Record<string, AttributeRating>>().notNull().default({}),
    overall: recommendation("overall"),
    keyTakeaways: text("key_takeaways"),
    privateNotes: text("private_notes"),
    /** Earlier submitted versions, kept when a submitted scorecard is edited. */
    history: jsonb("history").$type<unknown[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("scorecards_interview_author_idx").on(t.interviewId, t.authorUserId),
    index("scorecards_application_idx").on(t.applicationId),
  ],
);
