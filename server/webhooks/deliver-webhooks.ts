import "server-only";
import { z } from "zod";
import { Webhook } from "standardwebhooks";
import { db, type Executor } from "@/db/client";
import { enqueueEmail } from "@/db/queries/outbox";
import {
  claimDueWebhookDeliveries,
  finishWebhookAttempt,
  giveUpWebhookDelivery,
  listMemberEmailsInRoles,
  markWebhookDelivered,
  scheduleWebhookRetry,
  startWebhookAttempt,
  type ClaimedDelivery,
} from "@/db/queries/webhooks";
import { memberRoles } from "@/lib/enums";
import { env } from "@/lib/env";
import { can } from "@/lib/permissions";
import { WEBHOOK_RESPONSE_EXCERPT_BYTES, WEBHOOK_RETRY_WINDOW_HOURS, webhookRetryDelaySeconds } from "@/lib/webhooks/events";
import { defineTask } from "@/server/background-jobs/task";
import { HostNotFound, PrivateAddressRefused } from "@/server/http/outbound-address";
import { outboundFetch } from "@/server/http/outbound-fetch";
import { openWebhookSecret, WebhookSecretUnreadable } from "./webhook-secret";

const BATCH_SIZE = 10;
/** The whole request, connection to the last header; a receiver should answer at once and work later. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A claim outlives one request with its timeout, and lapses soon after a server died in one. */
const CLAIM_SECONDS = 30;
/** A pass claims no new batch after this long, so it ends well within its expiry (below). */
const PASS_MS = 15_000;
/** Answers are read no further than this: only the first 1 KB is kept. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** The `mail.deliver`-style pass that sends due webhook deliveries, every 2 seconds from one server at a time. */
export const webhookDeliveryTask = defineTask({
  schema: z.object({}).strict(),
  handler: async () => {
    await deliverDueWebhooks();
  },
  policy: "stately",
  retry: { limit: 0, delaySeconds: 0, backoff: false },
  repeatSeconds: 2,
  repeatAfterFailureSeconds: 30,
  // A pass whose server died blocks the next until it expires: short, since a pass lasts at most PASS_MS
  // plus one request's timeout.
  expireInSeconds: 45,
});

type Outcome = { ok: boolean; durationMs: number; responseStatus: number | null; responseBody: string | null; error: string | null };

/**
 * Sends every due delivery (in batches, until none is due): each signed per Standard Webhooks with its
 * endpoint's secret (and the one before it, for 24 hours after a roll), its attempt logged before the
 * request and completed after. A 2xx answer delivers it;
 * anything else is retried with doubling waits until 24 hours after the event, when the delivery is given
 * up, its endpoint disabled and the organisation's admins emailed. Never throws for one endpoint's failure:
 * an endpoint whose sealed secret can't be read (AUTH_SECRET changed) fails its own attempts, unsent.
 */
export async function deliverDueWebhooks({ executor = db(), maxMs = PASS_MS }: { executor?: Executor; maxMs?: number } = {}) {
  const result = { delivered: 0, failed: 0 };
  const deadline = Date.now() + maxMs;
  while (Date.now() < deadline) {
    const claimed = await claimDueWebhookDeliveries(executor, BATCH_SIZE, CLAIM_SECONDS, WEBHOOK_RETRY_WINDOW_HOURS);
    if (claimed.length === 0) break;
    await Promise.all(
      claimed.map(async (delivery) => {
        const outcome = await attempt(executor, delivery);
        if (outcome.ok) {
          await markWebhookDelivered(executor, delivery.id);
          result.delivered++;
        } else {
          await recordFailure(executor, delivery, outcome);
          result.failed++;
        }
      }),
    );
  }
  return result;
}

async function attempt(executor: Executor, delivery: ClaimedDelivery): Promise<Outcome> {
  const attemptId = await startWebhookAttempt(executor, delivery);
  const body = JSON.stringify(delivery.payload);
  const started = performance.now();
  let outcome: Outcome;
  try {
    // One instant for the signature and its header: signed in one second and stamped in the next would not verify.
    const now = new Date();
    const signature = signatureHeader(signingSecrets(delivery), delivery.eventId, now, body);
    const send = outboundFetch({ allowPrivateAddresses: env().WEBHOOK_ALLOW_PRIVATE === "1", timeoutMs: REQUEST_TIMEOUT_MS, maxResponseBytes: MAX_RESPONSE_BYTES });
    const response = await send(delivery.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Candor-Webhooks/1",
        "webhook-id": delivery.eventId,
        "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS * 2),
    });
    const responseBody = await excerpt(response);
    outcome = { ok: response.status >= 200 && response.status < 300, durationMs: 0, responseStatus: response.status, responseBody, error: null };
  } catch (error) {
    outcome = { ok: false, durationMs: 0, responseStatus: null, responseBody: null, error: describeFailure(error) };
  }
  outcome.durationMs = Math.round(performance.now() - started);
  await finishWebhookAttempt(executor, attemptId, outcome);
  return outcome;
}

/**
 * The endpoint's secrets in clear, current first. Without a readable current secret nothing is sent; a
 * previous one sealed with an old AUTH_SECRET (rolled to recover from the change) just stops signing.
 */
function signingSecrets(delivery: ClaimedDelivery): string[] {
  const secret = openWebhookSecret(delivery.secret);
  if (secret === null) throw new WebhookSecretUnreadable();
  const previous = delivery.previousSecret === null ? null : openWebhookSecret(delivery.previousSecret);
  return previous === null ? [secret] : [secret, previous];
}

/**
 * The `webhook-signature` value: one signature per secret, space-separated (Standard Webhooks), the current
 * secret's first. While a rolled secret's overlap lasts, a receiver verifying with either accepts the request.
 */
export function signatureHeader(secrets: (string | null)[], eventId: string, at: Date, body: string): string {
  return secrets
    .filter((secret): secret is string => Boolean(secret))
    .map((secret) => new Webhook(secret).sign(eventId, at, body))
    .join(" ");
}

/** The first 1 KB of an answer, as text; the rest is not read. */
async function excerpt(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < WEBHOOK_RESPONSE_EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // An answer cut off part-way still has its status; what arrived is kept.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = Buffer.concat(chunks).subarray(0, WEBHOOK_RESPONSE_EXCERPT_BYTES);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/\uFFFD+$/, "");
}

/** A failure in words for the admin reading the attempt log (no stack, no internals). */
function describeFailure(error: unknown): string {
  if (error instanceof WebhookSecretUnreadable) return error.message;
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof PrivateAddressRefused) return `Refused: ${cause.hostname} is a ${cause.kind} address, and webhooks only go to public ones.`;
  if (cause instanceof HostNotFound) return `${cause.hostname} could not be found (DNS).`;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "EACCES" || code === "ENOTFOUND") return cause.message;
    if (cause.name === "TimeoutError" || cause.name === "AbortError") return "No answer in time.";
    return code ? `Could not connect (${code}).` : cause.message.slice(0, 300);
  }
  return "The request failed.";
}

async function recordFailure(executor: Executor, delivery: ClaimedDelivery, outcome: Outcome) {
  if (!delivery.windowOver) {
    await scheduleWebhookRetry(executor, delivery.id, webhookRetryDelaySeconds(delivery.failures + 1, env().WEBHOOK_RETRY_BASE_SECONDS), WEBHOOK_RETRY_WINDOW_HOURS);
    return;
  }
  const last = outcome.responseStatus ? `it answered ${outcome.responseStatus}` : (outcome.error ?? "it did not answer");
  const reason = `Disabled after an event failed to deliver for ${WEBHOOK_RETRY_WINDOW_HOURS} hours (last attempt: ${last}).`;
  await executor.transaction(async (tx) => {
    if (!(await giveUpWebhookDelivery(tx, delivery, reason))) return;
    const admins = await listMemberEmailsInRoles(tx, delivery.organizationId, memberRoles.filter((role) => can(role, "webhooks.manage")));
    for (const to of admins) {
      await enqueueEmail(tx, {
        organizationId: delivery.organizationId,
        to,
        subject: "A webhook endpoint was disabled",
        text: [
          `Candor disabled the webhook endpoint ${delivery.url}: an event could not be delivered to it for ${WEBHOOK_RETRY_WINDOW_HOURS} hours (last attempt: ${last}).`,
          "",
          `No more events are sent to it until an admin enables it again in Settings → Webhooks, where each attempt is listed and failed events can be redelivered: ${env().APP_URL}/settings/webhooks/${delivery.endpointId}`,
        ].join("\n"),
      });
    }
  });
}
