import type { MemberRole } from "@/lib/enums";
import type { ApiScope } from "@/lib/permissions";

/** An API key acting through the REST API: named in the audit log, limited by its scopes. */
export type ApiKeyGrant = { id: string; name: string; scopes: readonly ApiScope[] };

/** Who is asking: every query of private data is scoped by this. */
export type Viewer = { organizationId: string; userId: string; role: MemberRole; apiKey?: ApiKeyGrant };

/**
 * The user id of an API key's actor: a key is no person, so this matches no user (no hiring team, no
 * notification). Written nowhere: what a key does is attributed with `actingUserId`.
 */
export const API_KEY_USER_ID = "00000000-0000-0000-0000-000000000000";

/** The user to attribute a change to: the member, or nobody for an API key (the audit log names the key). */
export function actingUserId(viewer: Viewer): string | null {
  return viewer.apiKey ? null : viewer.userId;
}

/** The API key to attribute a change to, when a key made it. */
export function actingApiKeyId(viewer: Viewer): string | null {
  return viewer.apiKey?.id ?? null;
}
