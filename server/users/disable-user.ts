import "server-only";
import { db } from "@/db/client";
import { endUserSessions } from "@/db/queries/sessions";
import { lockOrganizationsOnlyAdministeredBy } from "@/db/queries/members";
import { disableUser as disable, findUserByEmail } from "@/db/queries/users";
import { AppError } from "@/lib/errors";
import { organizationsOf, recordAudit, type AuditActor } from "@/server/audit/record-audit";

const CONSOLE = { ip: null, userAgent: null };

/**
 * `candor user disable`: the person can no longer sign in to any organisation, and every open session of
 * theirs ends now. Their memberships and their work stay as they are. Refused, unless `force`, when they
 * are an organisation's only active admin: nobody could then invite, promote or manage its members.
 */
export async function disableUser(
  email: string,
  { actor = { label: "cli" }, force = false }: { actor?: AuditActor; force?: boolean } = {},
): Promise<{ userId: string; endedSessions: number }> {
  const user = await findUserByEmail(email);
  if (!user) throw new AppError("NOT_FOUND", `No account has the address ${email}.`);
  return db().transaction(async (tx) => {
    const administered = user.disabledAt ? [] : await lockOrganizationsOnlyAdministeredBy(tx, user.id);
    if (administered.length > 0 && !force) {
      const names = administered.map((organization) => organization.name).join(", ");
      throw new AppError(
        "CONFLICT",
        `${email} is the only active admin of ${names}. Make someone else an admin there first (Settings → Members), or add --force to disable them anyway: nobody could then manage that organisation's members.`,
      );
    }
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
