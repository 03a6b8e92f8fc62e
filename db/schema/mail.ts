import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { emailStatus } from "./enums";
import { organizations } from "./organizations";

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
