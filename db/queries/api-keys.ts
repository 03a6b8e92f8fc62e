import "server-only";
import { and, desc, eq, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "../client";
import { apiKeys, organizations, users, type ApiKey } from "../schema";

/** The organisation's keys, newest first, without their hashes; revoked ones stay listed (greyed). */
export async function listApiKeys(executor: Executor, organizationId: string) {
  return executor
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      scopes: apiKeys.scopes,
      createdAt: apiKeys.createdAt,
      createdByName: users.name,
      lastUsedAt: apiKeys.lastUsedAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .leftJoin(users, eq(users.id, apiKeys.createdByUserId))
    .where(eq(apiKeys.organizationId, organizationId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id))
    .limit(500);
}
export type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

export async function insertApiKey(
  executor: Executor,
  values: Pick<ApiKey, "organizationId" | "name" | "prefix" | "secretHash" | "scopes" | "createdByUserId">,
): Promise<Pick<ApiKey, "id" | "name" | "prefix" | "scopes">> {
  const [row] = await executor.insert(apiKeys).values(values).returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix, scopes: apiKeys.scopes });
  if (!row) throw new Error("api key insert returned no row");
  return row;
}

/** Revokes a live key of the organisation; null when there is none (another organisation's, or already revoked). */
export async function revokeApiKeyRow(executor: Executor, organizationId: string, keyId: string) {
  const [row] = await executor
    .update(apiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiKeys.organizationId, organizationId), eq(apiKeys.id, keyId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
  return row ?? null;
}

/** The live key with this prefix and secret hash; a wrong secret or a revoked key finds none. */
export async function findLiveApiKey(executor: Executor, prefix: string, secretHash: string) {
  const [row] = await executor
    .select({ id: apiKeys.id, organizationId: apiKeys.organizationId, name: apiKeys.name, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.prefix, prefix), eq(apiKeys.secretHash, secretHash), isNull(apiKeys.revokedAt)));
  return row ?? null;
}

/** Marks a key used now, at most once a minute, so a busy key does not write on every request. */
export async function touchApiKey(executor: Executor, keyId: string): Promise<void> {
  await executor
    .update(apiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiKeys.id, keyId), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
}

export async function findOrganizationIdBySlug(executor: Executor, slug: string): Promise<string | null> {
  const [row] = await executor.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, slug.toLowerCase()));
  return row?.id ?? null;
}
