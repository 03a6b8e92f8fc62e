import "server-only";
import { db, type Transaction } from "@/db/client";
import {
  deleteWebhookEndpoint as deleteEndpointRow,
  findWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  redeliverWebhook as redeliverRow,
  setWebhookEndpointEnabled as setEnabledRow,
  type WebhookDeliveryRow,
  type WebhookEndpointSummary,
} from "@/db/queries/webhooks";
import type { Viewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { memberActor } from "@/server/audit/actor";
import { recordAudit } from "@/server/audit/record-audit";

type Actor = Viewer & { email?: string };

const notFound = () => new AppError("NOT_FOUND", "This webhook endpoint no longer exists.");

/** The organisation's endpoints, for Settings → Webhooks. */
export async function listWebhookEndpointsFor(actor: Viewer): Promise<WebhookEndpointSummary[]> {
  assertCan(actor, "webhooks.manage");
  return listWebhookEndpoints(db(), actor.organizationId);
}

/** One of the organisation's endpoints, or null. */
export async function findWebhookEndpointFor(actor: Viewer, endpointId: string): Promise<WebhookEndpointSummary | null> {
  assertCan(actor, "webhooks.manage");
  return findWebhookEndpoint(db(), actor.organizationId, endpointId);
}

/** One endpoint with its latest deliveries and every attempt of each; null when it is not this organisation's. */
export async function getWebhookEndpointDeliveries(actor: Viewer, endpointId: string): Promise<{ endpoint: WebhookEndpointSummary; deliveries: WebhookDeliveryRow[] } | null> {
  assertCan(actor, "webhooks.manage");
  const endpoint = await findWebhookEndpoint(db(), actor.organizationId, endpointId);
  if (!endpoint) return null;
  return { endpoint, deliveries: await listWebhookDeliveries(db(), actor.organizationId, endpointId) };
}

async function audited(actor: Actor, details: Record<string, string>, change: (tx: Transaction) => Promise<boolean>) {
  assertCan(actor, "webhooks.manage");
  await db().transaction(async (tx) => {
    if (!(await change(tx))) throw notFound();
    await recordAudit(tx, {
      organizationIds: [actor.organizationId],
      actor: memberActor(actor),
      action: "organization.settings_changed",
      target: { type: "organization", id: actor.organizationId, label: "Webhooks" },
      details: { setting: "webhooks", ...details },
    });
  });
}

/** Enables or disables an endpoint; enabling tries what waited for it again, with a fresh 24-hour window. */
export function setWebhookEndpointEnabled(actor: Actor, { endpointId, enabled }: { endpointId: string; enabled: boolean }) {
  return audited(actor, { change: enabled ? "endpoint_enabled" : "endpoint_disabled", endpointId }, (tx) => setEnabledRow(tx, actor.organizationId, endpointId, enabled));
}

/** Deletes an endpoint with its deliveries and their attempt log. */
export function deleteWebhookEndpoint(actor: Actor, { endpointId }: { endpointId: string }) {
  return audited(actor, { change: "endpoint_deleted", endpointId }, (tx) => deleteEndpointRow(tx, actor.organizationId, endpointId));
}

/** Sends an event to its endpoint again, now (same webhook-id), retried as a new event would be. */
export async function redeliverWebhook(actor: Actor, { deliveryId }: { deliveryId: string }): Promise<{ endpointId: string }> {
  let endpointId = "";
  await audited(actor, { change: "event_redelivered", deliveryId }, async (tx) => {
    const row = await redeliverRow(tx, actor.organizationId, deliveryId);
    endpointId = row?.endpointId ?? "";
    return row !== null;
  });
  return { endpointId };
}
