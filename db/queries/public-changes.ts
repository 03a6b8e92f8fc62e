import { sql } from "drizzle-orm";
import type { Executor } from "../client";

/** The PostgreSQL channel on which every app server hears that an organisation's public data changed. */
export const PUBLIC_CHANGES_CHANNEL = "candor_public_changes";

/**
 * Announces that what the organisation shows publicly (its jobs, their questions, its profile) changed.
 * Run it inside the transaction that makes the change: Postgres delivers a notification only when that
 * transaction commits, and never for one rolled back. The payload is the organisation's slug, the key
 * public caches use.
 */
export async function announcePublicChange(executor: Executor, organizationId: string): Promise<void> {
  await executor.execute(sql`select pg_notify(${PUBLIC_CHANGES_CHANNEL}, slug) from organizations where id = ${organizationId}`);
}
