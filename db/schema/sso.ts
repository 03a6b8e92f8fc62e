import { sql } from "drizzle-orm";
import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { organizations, users } from "./organizations";

/**
 * An organisation's OpenID Connect single sign-on (Settings → Single sign-on): its identity provider,
 * the client Candor is registered as there, and the email domain whose people may join on their first
 * sign-in. The client secret is stored sealed with a key derived from AUTH_SECRET (lib/auth/secret-box.ts).
 */
export const organizationSso = pgTable(
  "organization_sso",
  {
    organizationId: uuid("organization_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    enabled: boolean("enabled").notNull().default(false),
    issuer: text("issuer").notNull(),
    clientId: text("client_id").notNull(),
    clientSecretSealed: text("client_secret_sealed").notNull(),
    /** Lower-case; null: only members and invited people may sign in this way. */
    allowedDomain: text("allowed_domain"),
    updatedByUserId: uuid("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // "Sign in with SSO" finds the organisation by the email's domain: one organisation per domain.
  (t) => [uniqueIndex("organization_sso_domain_idx").on(sql`lower(${t.allowedDomain})`)],
);

export type OrganizationSso = typeof organizationSso.$inferSelect;
