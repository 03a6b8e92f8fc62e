import { sql } from "drizzle-orm";
import { date, index, inet, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { OfferApproverRole } from "@/lib/enums";
import { applications, files } from "./candidates";
import { createdAt, id, organizationId, updatedAt } from "./columns";
import { memberRole, offerStatus, payPeriod } from "./enums";
import { users } from "./organizations";

/**
 * An offer to the candidate of one application. Every change compares and increments `version`, so two
 * approvers acting at once cannot both move it on; at most one offer per application is live.
 */
export const offers = pgTable(
  "offers",
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid("application_id")
      .notNull()
      .references(() => applications.id, { onDelete: "restrict" }),
    status: offerStatus("status").notNull().default("draft"),
    salaryAmount: numeric("salary_amount", { precision: 14, scale: 2 }).notNull(),
    /** ISO 4217, upper case. */
    currency: text("currency").notNull(),
    salaryPeriod: payPeriod("salary_period").notNull(),
    startDate: date("start_date").notNull(),
    /** The last day the candidate may answer (through the end of that day, UTC). */
    expiresOn: date("expires_on").notNull(),
    bonus: text("bonus").notNull().default(""),
    equity: text("equity").notNull().default(""),
    /** The organisation's approval chain when the offer was sent for approval, and the step it waits on. */
    approvers: jsonb("approvers").$type<OfferApproverRole[]>().notNull().default([]),
    approvalStep: integer("approval_step").notNull().default(0),
    letterFileId: uuid("letter_file_id").references(() => files.id, { onDelete: "set null" }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** The candidate's answer: when, the name they typed as signature, and the address it came from. */
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    signatureName: text("signature_name"),
    responseIp: inet("response_ip"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("offers_application_idx").on(t.applicationId, t.createdAt),
    uniqueIndex("offers_one_live_per_application_idx")
      .on(t.applicationId)
      .where(sql`${t.status} in ('draft', 'pending_approval', 'approved', 'accepted')`),
  ],
);

/** Each approver's decision with their comment; append-only, one per step (a second decision on a step fails). */
export const offerApprovals = pgTable(
  "offer_approvals",
  {
    id: id(),
    organizationId: organizationId(),
    offerId: uuid("offer_id")
      .notNull()
      .references(() => offers.id, { onDelete: "cascade" }),
    step: integer("step").notNull(),
    role: memberRole("role").notNull(),
    decision: text("decision", { enum: ["approved", "rejected"] }).notNull(),
    comment: text("comment").notNull().default(""),
    approverUserId: uuid("approver_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("offer_approvals_offer_step_idx").on(t.offerId, t.step)],
);

export type Offer = typeof offers.$inferSelect;
export type OfferApproval = typeof offerApprovals.$inferSelect;
