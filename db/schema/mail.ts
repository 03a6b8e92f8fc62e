import { sql } from "drizzle-orm";
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { applications, candidates } from "./candidates";
import { createdAt, id, organizationId, updatedAt } from "./columns";
import { emailStatus } from "./enums";
import { organizations, users } from "./organizations";

export type OutboxAttachment = { filename: string; contentType: string; content: string /* base64 */ };

/**
 * Outgoing mail, written in the same transaction as whatever caused it (an application, a move),
 * so a message is never lost or sent for something that was rolled back. A worker delivers it.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** The candidate or application a message is about, for the candidate's timeline. No FK: mail outlives them. */
    candidateId: uuid("candidate_id"),
    applicationId: uuid("application_id"),
    to: text("to").notNull(),
    /** The application's own reply address (reply+<token>@INBOUND_EMAIL_DOMAIN), so the answer is threaded back. */
    replyTo: text("reply_to"),
    /** The member who wrote it (composed mail); null for mail Candor sends on its own. */
    sentByUserId: uuid("sent_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * A composed message about a hiring decision: it still goes to a candidate who asked for decisions only.
     * The worker checks that choice (and erasure, withdrawal) again when the message is due.
     */
    decision: boolean("decision").notNull().default(false),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    attachments: jsonb("attachments").$type<OutboxAttachment[]>().notNull().default([]),
    /** Set when a message must be sent at most once for one cause (e.g. "application-confirmation:<id>"). */
    dedupeKey: text("dedupe_key"),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Not before this time: a delay that can be undone, or the back-off after a failure. */
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("email_outbox_dedupe_idx").on(t.dedupeKey),
    index("email_outbox_due_idx").on(t.status, t.sendAfter),
    index("email_outbox_candidate_idx").on(t.candidateId),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;

/** An organisation's reusable emails to candidates (Settings → Email templates), with {{merge_fields}}. */
export const emailTemplates = pgTable(
  "email_templates",
  {
    id: id(),
    organizationId: organizationId(),
    name: text("name").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** About a hiring decision: still sent to a candidate who asked for decisions only. */
    decision: boolean("decision").notNull().default(false),
    /** The optimistic lock an edit sends back, so two admins editing at once don't overwrite each other. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("email_templates_org_name_idx").on(t.organizationId, sql`lower(${t.name})`)],
);

export type EmailTemplate = typeof emailTemplates.$inferSelect;

/**
 * Each application's reply address: mail about it carries Reply-To reply+<token>@INBOUND_EMAIL_DOMAIN and
 * what comes back to that address is threaded into its timeline. The token is random and unguessable.
 */
export const applicationReplyAddresses = pgTable("application_reply_addresses", {
  applicationId: uuid("application_id")
    .primaryKey()
    .references(() => applications.id, { onDelete: "cascade" }),
  organizationId: organizationId(),
  token: text("token").notNull().unique(),
  createdAt: createdAt(),
});

export type InboundAttachment = { fileId: string; filename: string } | { filename: string; refused: string };

/** A candidate's email to an application's reply address, as received: the new text, quotes stripped. */
export const inboundEmails = pgTable(
  "inbound_emails",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "cascade" }),
    candidateId: uuid("candidate_id")
      .notNull()
      .references(() => candidates.id, { onDelete: "cascade" }),
    fromAddress: text("from_address").notNull(),
    /** Sent from another address than the candidate's (accepted: the reply token is the secret), shown on the timeline. */
    fromOtherAddress: boolean("from_other_address").notNull().default(false),
    /** Sent by a program (an out-of-office answer): kept on the timeline, nobody notified. */
    automatic: boolean("automatic").notNull().default(false),
    subject: text("subject").notNull(),
    /** What the candidate wrote, without the quoted message and signature. */
    text: text("text").notNull(),
    /** The Message-ID header, so a forwarder's retry stores the message once. */
    messageId: text("message_id").notNull(),
    attachments: jsonb("attachments").$type<InboundAttachment[]>().notNull().default([]),
    receivedAt: createdAt(),
  },
  (t) => [uniqueIndex("inbound_emails_message_idx").on(t.organizationId, t.messageId), index("inbound_emails_candidate_idx").on(t.candidateId)],
);

/** A candidate's choice on their status page: no more email from the organisation except about decisions. */
export const candidateMailPreferences = pgTable("candidate_mail_preferences", {
  candidateId: uuid("candidate_id")
    .primaryKey()
    .references(() => candidates.id, { onDelete: "cascade" }),
  organizationId: organizationId(),
  decisionsOnly: boolean("decisions_only").notNull().default(false),
  updatedAt: updatedAt(),
});
