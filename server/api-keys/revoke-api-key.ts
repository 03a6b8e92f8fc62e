import "server-only";
import { db } from "@/db/client";
import { revokeApiKeyRow } from "@/db/queries/api-keys";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

/** Revokes a key of the admin's organisation: its next request is refused. */
export async function revokeApiKey(actor: Viewer & { email: string }, input: { keyId: string }): Promise<void> {
  assertCan(actor, "apiKeys.manage");
  await db().transaction(async (tx) => {
    const row = await revokeApiKeyRow(tx, actor.organizationId, input.keyId);
    if (!row) throw new AppError("NOT_FOUND", "This key doesn't exist or is already revoked.");
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "api_key.revoked",
      target: { type: "api_key", id: row.id, label: row.name },
      details: { prefix: row.prefix },
    });
  });
}
