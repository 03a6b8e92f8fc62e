import "server-only";
import { db } from "@/db/client";
import { findWebhookEndpoint, rollWebhookEndpointSecret } from "@/db/queries/webhooks";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, fieldErrorsOf, VALIDATION_MESSAGE } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { rollWebhookSecretSchema } from "@/lib/validation/webhooks";
import { WEBHOOK_SECRET_OVERLAP_HOURS } from "@/lib/webhooks/events";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/**
 * Gives an endpoint a new signing secret and returns it: the one time anyone sees it. The old secret keeps
 * signing beside it for 24 hours (both signatures in `webhook-signature`), so the receiver can switch
 * without refusing a request; then only the new one signs. Stored sealed, as when the endpoint was added;
 * rolling is also the cure for a secret AUTH_SECRET's change made unreadable. Refused with STALE_VERSION when the secret was
 * rolled since the admin looked (`secretVersion`), so two rolls at once never drop a secret unnoticed.
 */
export async function rollWebhookSecret(
  actor: Viewer & { email?: string },
  input: { endpointId: string; secretVersion: number },
): Promise<{ secret: string; secretVersion: number; previousSecretUntil: Date }> {
  assertCan(actor, "webhooks.manage");
  const parsed = rollWebhookSecretSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", VALIDATION_MESSAGE, fieldErrorsOf(parsed.error));
  const { endpointId, secretVersion } = parsed.data;
  const secret = newWebhookSecret();
  const sealed = sealWebhookSecret(secret);
  return db().transaction(async (tx) => {
    const rolled = await rollWebhookEndpointSecret(tx, actor.organizationId, { endpointId, expectedVersion: secretVersion, secret: sealed, overlapHours: WEBHOOK_SECRET_OVERLAP_HOURS });
    if (!rolled) {
      if (!(await findWebhookEndpoint(tx, actor.organizationId, endpointId))) throw new AppError("NOT_FOUND", "This webhook endpoint no longer exists.");
      throw new AppError("STALE_VERSION", "Someone else rolled this endpoint's secret since you opened the page. Reload it to see when, then roll again only if you still need to.");
    }
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId, label: "Webhooks" },
      details: { setting: "webhooks", change: "secret_rolled", endpointId, previousSecretUntil: rolled.previousSecretUntil.toISOString() },
    });
    return { secret, ...rolled };
  });
}
