import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

/** What creating an endpoint takes, from Settings and from `POST /api/v1/webhooks`: `{ url, events }`. */
export const webhookEndpointSchema = z.object({
  url: z
    .string()
    .trim()
    .min(1, "Enter the URL that should receive the events")
    .max(2000, "Use a URL of at most 2,000 characters")
    .pipe(z.url({ protocol: /^https?$/, error: "Enter a full http:// or https:// URL" }))
    .refine((value) => !new URL(value).username && !new URL(value).password, "Leave the user name and password out of the URL"),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose events from the list" }))
    .min(1, "Choose at least one event")
    .max(WEBHOOK_EVENT_TYPES.length)
    .transform((events) => [...new Set(events)]),
});

export type WebhookEndpointInput = z.input<typeof webhookEndpointSchema>;

export const webhookEndpointIdSchema = z.object({ endpointId: z.uuid() });

export const setWebhookEndpointEnabledSchema = webhookEndpointIdSchema.extend({ enabled: z.boolean() });

export const redeliverWebhookSchema = z.object({ deliveryId: z.uuid() });

/** Rolling a secret names the version the admin saw, so a roll made meanwhile by someone else is not undone unseen. */
export const rollWebhookSecretSchema = webhookEndpointIdSchema.extend({ secretVersion: z.number().int().min(1) });
