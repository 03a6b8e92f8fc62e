import "server-only";
import { db } from "@/db/client";
import { insertWebhookEndpoint } from "@/db/queries/webhooks";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError, fieldErrorsOf, VALIDATION_MESSAGE } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { webhookEndpointSchema, type WebhookEndpointInput } from "@/lib/validation/webhooks";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";
import { webhookAddressProblem } from "./webhook-address";
import { newWebhookSecret, sealWebhookSecret } from "./webhook-secret";

/**
 * Adds a webhook endpoint to the actor's organisation, subscribed to `events`, and returns its secret:
 * the one time anyone sees it (Settings shows it once; the REST API answers it once), as it is stored sealed
 * with a key from AUTH_SECRET. The URL must resolve
 * to public addresses unless WEBHOOK_ALLOW_PRIVATE=1; every request is checked again when it is made.
 */
export async function createWebhookEndpoint(actor: Viewer & { email?: string }, input: WebhookEndpointInput): Promise<{ id: string; secret: string }> {
  assertCan(actor, "webhooks.manage");
  const parsed = webhookEndpointSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", VALIDATION_MESSAGE, fieldErrorsOf(parsed.error));
  const { url, events } = parsed.data;
  const problem = await webhookAddressProblem(url);
  if (problem) throw new AppError("VALIDATION", VALIDATION_MESSAGE, { url: [problem] });
  const secret = newWebhookSecret();
  const sealed = sealWebhookSecret(secret);
  return db().transaction(async (tx) => {
    const { id } = await insertWebhookEndpoint(tx, { organizationId: actor.organizationId, url, events, secret: sealed });
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId, label: "Webhooks" },
      details: { setting: "webhooks", change: "endpoint_added", endpointId: id, url, events: events.join(", ") },
    });
    return { id, secret };
  });
}
