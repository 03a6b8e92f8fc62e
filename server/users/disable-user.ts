import "server-only";
import { db } from "@/db/client";
import { endUserSessions } from "@/db/queries/sessions";
import { disableUser as disable, findUserByEmail } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { organizationsOf, recordAudit, type AuditActor } from "@/server/audit/record-audit";

const CONSOLE = { ip: null, userAgent: null };

/**
 * `candor user disable`: the person can no longer sign in to any organisation, and every open session of
 * theirs ends now. Their memberships and their work stay as they are.
 */
export async function disableUser(email: string, actor: AuditActor = { label: "cli" }): Promise<{ userId: string; endedSessions: number }> {
  const user = await findUserByEmail(email);
  if (!user) throw new AppError("NOT_FOUND", `No account has the address ${email}.`);
  return db().transaction(async (tx) => {
    await disable(tx, user.id);
    const endedSessions = await endUserSessions(tx, user.id);
    await recordAudit(tx, {
      organizationIds: await organizationsOf(tx, user.id),
      actor,
      action: "user.disabled",
      target: { type: "user", id: user.id, label: user.email },
      details: { endedSessions },
      origin: CONSOLE,
    });
    return { userId: user.id, endedSessions };
  });
}
