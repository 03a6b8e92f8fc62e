import { sql } from "drizzle-orm";
import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { AuditAction } from "@/lib/enums";
import { organizations, users } from "./organizations";

/**
 * One row per signed-in browser. The session cookie (a JWT) carries this row's id; every request checks
 * the row is still open, so signing out, a password change or reset, a role change and deactivation end
 * sessions at once instead of when the cookie expires.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /**
     * Set when the sign-in was vouched for by one organisation's identity provider (SSO): the session
     * opens that organisation only, never the person's other ones. Null: every organisation they are in.
     */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    ip: text("ip"),
    userAgent: text("user_agent"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [index("user_sessions_user_open_idx").on(t.userId).where(sql`${t.endedAt} is null`)],
);

/**
 * The audit log: append-only (a trigger refuses UPDATE; rows leave only through the retention job).
 * Targets are stored as ids and neutral labels, never a candidate's name or email, so erasing a
 * candidate leaves nothing personal here.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** Null only for events with no organisation (a failed sign-in for an unknown address). */
    organizationId: uuid("organization_id").references(() => organizations.id, { onDelete: "cascade" }),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Who acted, as shown: a member's email, "candidate", "system" or "cli". */
    actorLabel: text("actor_label").notNull(),
    action: text("action").$type<AuditAction>().notNull(),
    targetType: text("target_type"),
    targetId: text("target_id"),
    targetLabel: text("target_label"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_org_created_idx").on(t.organizationId, t.createdAt.desc(), t.id.desc())],
);

export type UserSession = typeof userSessions.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
