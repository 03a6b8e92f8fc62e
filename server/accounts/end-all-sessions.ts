import "server-only";
import { db } from "@/db/client";
import { endUserSessions } from "@/db/queries/sessions";
import { recordAccountAudit } from "@/server/audit/record-audit";

/** "Sign out of all devices": every session of the person ends, this one included. */
export async function endAllSessions(account: { userId: string; email: string }): Promise<{ sessionsEnded: number }> {
  return db().transaction(async (tx) => {
    const sessionsEnded = await endUserSessions(tx, account.userId);
    await recordAccountAudit(tx, account, "sessions.ended", { sessionsEnded });
    return { sessionsEnded };
  });
}
