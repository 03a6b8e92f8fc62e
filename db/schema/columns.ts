import { timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./organizations";

// Shared column builders: every table of organisation data carries the same three.
export const id = () => uuid("id").primaryKey().defaultRandom();
export const organizationId = () =>
  uuid("organization_id")
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });
export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
