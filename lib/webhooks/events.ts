/**
 * The events an organisation's webhook endpoints can subscribe to, with the words Settings shows for each.
 * Adding an event type is one line here, then one `emitWebhookEvents` call in the use case that causes it.
 */
export const webhookEventTypes = {
  "application.created": "An application was submitted or a candidate was added to a job",
  "application.stage_changed": "An application moved to another stage",
  "application.rejected": "An application was rejected",
  "application.withdrawn": "A candidate withdrew an application",
  "candidate.hired": "A candidate was moved to Hired",
  "candidate.deleted": "A candidate's personal data was erased",
  "job.published": "A job was published or reopened",
  "job.closed": "A job was closed",
  "offer.created": "An offer was drafted",
  "offer.submitted": "An offer was sent for approval",
  "offer.approved": "An approver approved an offer",
  "offer.rejected": "An approver declined an offer, which stops it",
  "offer.sent": "An approved offer letter was sent to the candidate",
  "offer.accepted": "The candidate accepted an offer",
  "offer.declined": "The candidate declined an offer",
} as const;

export type WebhookEventType = keyof typeof webhookEventTypes;

export const WEBHOOK_EVENT_TYPES = Object.keys(webhookEventTypes) as [WebhookEventType, ...WebhookEventType[]];

/** Each event's `data`: ids and the few fields a receiver needs to act, never a candidate's name or contact details. */
export type WebhookEvent = { type: WebhookEventType; data: Record<string, string | number | boolean | null> };

/** The first bytes of an endpoint's answer kept with each attempt. */
export const WEBHOOK_RESPONSE_EXCERPT_BYTES = 1024;

/** A delivery is retried with growing waits for this long after its event (or a redelivery); then the endpoint is disabled. */
export const WEBHOOK_RETRY_WINDOW_HOURS = 24;

/** After a secret is rolled, the old one signs beside the new one this long, while receivers switch. */
export const WEBHOOK_SECRET_OVERLAP_HOURS = 24;

/**
 * When the next attempt of a delivery that has failed `failures` times is due, in seconds from now:
 * `base`, doubled per failure, never past six hours apart.
 */
export function webhookRetryDelaySeconds(failures: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 2 ** Math.max(0, failures - 1), 6 * 3600);
}
