import "server-only";
import { db } from "@/db/client";
import { findLiveApiKey, touchApiKey } from "@/db/queries/api-keys";
import { apiKeyDisplayName } from "@/lib/api/acted-by";
import { parseApiKey } from "@/lib/api/keys";
import { API_KEY_USER_ID, type Viewer } from "@/lib/auth/viewer";
import { API_KEY_ROLE } from "@/lib/permissions";

export type ApiActor = Viewer & { apiKey: NonNullable<Viewer["apiKey"]>; name: string };

/**
 * The actor of a REST API request: the organisation of the live key the bearer token is, acting with
 * the API key role as a ceiling and its scopes within it (lib/permissions.ts). Null for anything else
 * (malformed, unknown, wrong secret, revoked), all alike.
 */
export async function authenticateApiKey(token: string | null): Promise<ApiActor | null> {
  const parts = token ? parseApiKey(token) : null;
  if (!parts) return null;
  const key = await findLiveApiKey(db(), parts.prefix, parts.secretHash);
  if (!key) return null;
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > 60_000) await touchApiKey(db(), key.id);
  return {
    organizationId: key.organizationId,
    userId: API_KEY_USER_ID,
    role: API_KEY_ROLE,
    apiKey: { id: key.id, name: key.name, scopes: key.scopes },
    name: apiKeyDisplayName(key.name),
  };
}
