import "server-only";
import { db } from "@/db/client";
import { findOrganizationIdBySlug, insertApiKey } from "@/db/queries/api-keys";
import { newApiKey } from "@/lib/api/keys";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import type { CreateApiKeyInput } from "@/lib/validation/api-keys";
import { memberActor } from "@/server/audit/actor";
import { recordAudit, type AuditActor } from "@/server/audit/record-audit";

export type CreatedApiKey = { id: string; name: string; scopes: string[]; key: string };

/** Creates an API key for the admin's organisation. The key is in the answer once and never again. */
export async function createApiKey(actor: Viewer & { email: string }, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  assertCan(actor, "apiKeys.manage");
  return storeApiKey(actor.organizationId, actor.apiKey ? null : actor.userId, memberActor(actor), input);
}

/** `npx candor api-key create --org SLUG`: the operator, outside any organisation, creates a key for one. */
export async function createApiKeyFromCli(organizationSlug: string, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const organizationId = await findOrganizationIdBySlug(db(), organizationSlug);
  if (!organizationId) throw new AppError("NOT_FOUND", `There is no organisation with the slug ${organizationSlug}.`);
  return storeApiKey(organizationId, null, { label: "cli" }, input);
}

async function storeApiKey(organizationId: string, createdByUserId: string | null, actor: AuditActor, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const { key, prefix, secretHash } = newApiKey();
  return db().transaction(async (tx) => {
    const row = await insertApiKey(tx, { organizationId, name: input.name, prefix, secretHash, scopes: input.scopes, createdByUserId });
    await recordAudit(tx, {
      organizationIds: [organizationId],
      actor,
      action: "api_key.created",
      target: { type: "api_key", id: row.id, label: input.name },
      details: { scopes: input.scopes.join(" "), prefix },
    });
    return { id: row.id, name: row.name, scopes: row.scopes, key };
  });
}
