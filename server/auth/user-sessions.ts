import "server-only";
import { db } from "@/db/client";
import { listActiveOrganizationIds } from "@/db/queries/memberships";
import { createUserSession, endUserSession } from "@/db/queries/sessions";
import { recordAudit, requestOrigin } from "@/server/audit/record-audit";

/**
 * Opens a session row for a user who just signed in, and records the sign-in in the audit log of each
 * organisation it opens. The returned id goes into the session cookie; requests check it is still open.
 * `organizationId`: the sign-in was vouched for by that organisation's SSO, and opens it alone.
 */
export async function startUserSession(user: { id: string; email: string }, method: string, { organizationId }: { organizationId?: string } = {}): Promise<string> {
  const origin = await requestOrigin();
  return db().transaction(async (tx) => {
    const sessionId = await createUserSession(tx, { userId: user.id, organizationId, ...origin });
    const organizationIds = organizationId ? [organizationId] : await listActiveOrganizationIds(tx, user.id);
    await recordAudit(tx, {
      organizationIds,
      actor: { userId: user.id, label: user.email },
      action: "sign_in.succeeded",
      target: { type: "user", id: user.id, label: user.email },
      details: { method },
      origin,
    });
    return sessionId;
  });
}

/** Signing out in this browser: the session ends now, so a copy of the cookie is useless afterwards. */
export async function endCurrentSession(session: { userId: string; email: string; sessionId: string }): Promise<void> {
  await db().transaction(async (tx) => {
    await endUserSession(tx, session.sessionId);
    await recordAudit(tx, {
      organizationIds: await listActiveOrganizationIds(tx, session.userId),
      actor: { userId: session.userId, label: session.email },
      action: "sign_out",
      target: { type: "user", id: session.userId, label: session.email },
    });
  });
}
