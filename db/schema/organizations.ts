import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { OrganizationSettings } from "@/lib/enums";
import type { WorkingHours } from "@/lib/interviews/availability";
import { files } from "./candidates";
import { memberRole } from "./enums";

export type { OrganizationSettings } from "@/lib/enums";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  website: text("website"),
  /** A logo address typed in before logos were uploaded; kept for structured data, never shown as an image. */
  logoUrl: text("logo_url"),
  /** The uploaded careers logo (a files row of kind "logo"), served from /api/careers/{slug}/logo. */
  logoFileId: uuid("logo_file_id").references((): AnyPgColumn => files.id, { onDelete: "set null" }),
  settings: jsonb("settings").$type<OrganizationSettings>().notNull().default({}),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    /** Set by `candor user disable`: the person cannot sign in to any organisation. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** The IANA time zone the person reads dates and times in ("Europe/Paris"); null: their organisation's. */
    timeZone: text("time_zone"),
    /** When the person takes interviews, in their own zone; null: Monday to Friday, 09:00–17:00. */
    workingHours: jsonb("working_hours").$type<WorkingHours>(),
    /** An iCalendar feed of the person's busy times (their own calendar), read when candidates book. */
    calendarFeedUrl: text("calendar_feed_url"),
    /**
     * Since when the feed could not be read (no answer in time, an error status, too large, not a calendar):
     * the first failed read's time, kept while later reads fail too, cleared by the next read that succeeds.
     * While it fails, the person offers candidates no time.
     */
    calendarFeedFailedAt: timestamp("calendar_feed_failed_at", { withTimezone: true }),
    /**
     * While the feed fails, when a failed read was last recorded (null while it works). A feed that keeps
     * failing is recorded again at most once a minute (FEED_FAILURE_RESTAMP_MS), so a successful read clears
     * the failure only if it began more than that after this time: a failure that happened during it, recorded
     * or not, is newer news than the success.
     */
    calendarFeedLastFailedAt: timestamp("calendar_feed_last_failed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRole("role").notNull(),
    /** A deactivated member cannot sign in to this organisation; their work stays attributed to them. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_user_idx").on(t.organizationId, t.userId),
    index("memberships_user_idx").on(t.userId),
  ],
);

/**
 * Fixed-window counters for rate limits (failed sign-ins, applications per IP), keyed like
 * "sign-in:email:<address>"; kept in the database so every app process shares them.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  hits: integer("hits").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
