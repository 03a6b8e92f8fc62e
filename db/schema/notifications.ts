import { index, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { candidates } from "./candidates";
import { createdAt, id, organizationId } from "./columns";
import { notificationType } from "./enums";
import { users } from "./organizations";

/** In-app notifications for a member (an @mention in a note, an interview to score). */
export const notifications = pgTable(
  "notifications",
  {
    id: id(),
    organizationId: organizationId(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: notificationType("type").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    candidateId: uuid("candidate_id").references(() => candidates.id, { onDelete: "cascade" }),
    /** Type-specific details (note id, excerpt, interview id); never a candidate's name, which may be hidden. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

export type Notification = typeof notifications.$inferSelect;
