import "server-only";
import { sql } from "drizzle-orm";
import type { OrganizationSettings } from "@/lib/enums";
import type { Executor } from "../client";
import { organizations } from "../schema";

/** Throws the unique violation (23505) when the slug is taken. */
export async function insertOrganization(
  tx: Executor,
  organization: { name: string; slug: string; website: string | null; settings: OrganizationSettings },
) {
  const [row] = await tx
    .insert(organizations)
    .values(organization)
    .returning({ id: organizations.id, slug: organizations.slug, name: organizations.name });
  return row!;
}

/** Whether the database holds no organisation and no user yet: a brand-new Candor, waiting for /setup. */
export async function isDatabaseEmpty(executor: Executor): Promise<boolean> {
  const result = await executor.execute<{ empty: boolean }>(
    sql`select not exists (select 1 from organizations) and not exists (select 1 from users) as empty`,
  );
  return Boolean(result.rows[0]?.empty);
}

/**
 * Holds off every other first-run set-up until this transaction ends (two visitors submitting /setup at
 * once): the second then sees the first one's organisation.
 */
export async function lockFirstRun(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(727110002)`);
}
