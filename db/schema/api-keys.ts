import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ApiScope } from "@/lib/permissions";
import { createdAt, id, organizationId } from "./columns";
import { users } from "./organizations";

/**
 * A key for the REST API (/api/v1). The secret is shown once; only its SHA-256 is kept (the secret has
 * 256 random bits, so a slow hash would add nothing). `prefix` is the public part of the key
 * (`candor_<prefix>_<secret>`), by which a request finds its row before the hash is compared.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: id(),
    organizationId: organizationId(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    scopes: text("scopes").array().$type<ApiScope[]>().notNull(),
    /** Null when the CLI created it. */
    createdByUserId: uuid("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_keys_prefix_idx").on(t.prefix), index("api_keys_org_idx").on(t.organizationId, t.createdAt).where(sql`${t.revokedAt} is null`)],
);

export type ApiKey = typeof apiKeys.$inferSelect;
