import { Webhook } from "standardwebhooks";
import { afterAll, expect } from "vitest";
import type { Database } from "@/db/client";
import { createIsolatedOrganization } from "@/db/fixtures";
import { insertWebhookEvents } from "@/db/queries/webhooks";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { deliverDueWebhooks } from "@/server/webhooks/deliver-webhooks";
import { viewerOf } from "@/test/candidates";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "./receiver";

/**
 * For a test file: `endpointWithReceiver()` adds an organisation with a webhook endpoint on `job.published`,
 * and a receiver verifying with the secret shown when it was added (as the customer set it up);
 * `sendOneEvent` records one event and sends it now. Receivers in `receivers` are
 * closed after the file.
 */
export function webhookEndpointsWithReceivers(db: () => Database) {
  const receivers: WebhookReceiver[] = [];
  afterAll(() => Promise.all(receivers.map((receiver) => receiver.close())));

  async function endpointWithReceiver() {
    const org = await createIsolatedOrganization(db());
    const admin = { ...viewerOf(org, "admin"), email: org.users.admin.email };
    const receiver = await startWebhookReceiver();
    receivers.push(receiver);
    const { id, secret } = await createWebhookEndpoint(admin, { url: receiver.url, events: ["job.published"] });
    receiver.useSecret(secret);
    return { org, admin, endpointId: id, secret, receiver };
  }

  /** Records one event for the endpoint and sends it now; answers the request as the receiver got it. */
  async function sendOneEvent(org: { organization: { id: string }; job: { id: string } }, receiver: WebhookReceiver): Promise<ReceivedWebhook> {
    const before = receiver.requests.length;
    await insertWebhookEvents(db(), org.organization.id, [{ type: "job.published", data: { job_id: org.job.id, status: "open", reopened: false } }]);
    await deliverDueWebhooks({ maxMs: 5_000 });
    expect(receiver.requests).toHaveLength(before + 1);
    return receiver.requests.at(-1)!;
  }
  return { endpointWithReceiver, sendOneEvent, receivers };
}

/** Whether a receiver holding `secret` accepts the request, as the standardwebhooks library verifies it. */
export function acceptsWith(secret: string, request: ReceivedWebhook): boolean {
  try {
    new Webhook(secret).verify(request.raw.body, request.raw.headers);
    return true;
  } catch {
    return false;
  }
}
