import "server-only";
import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import { webhookEndpointSchema } from "@/lib/validation/webhooks";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { apiOperation } from "../operation";

export const createWebhook = apiOperation({
  method: "post",
  path: "/api/v1/webhooks",
  operationId: "createWebhook",
  summary: "Add a webhook endpoint",
  description:
    "Subscribes a URL to events of the key's organisation, as Settings → Webhooks does, and answers its signing secret (Standard Webhooks, `whsec_…`) this once. " +
    "The URL must resolve to public addresses. Needs the `webhooks:write` scope by name: `write` does not include it.",
  tag: "Webhooks",
  scope: { resource: "webhooks", access: "write" },
  body: webhookEndpointSchema.strict().meta({ id: "NewWebhookEndpoint", description: `\`events\`: any of ${WEBHOOK_EVENT_TYPES.map((type) => `\`${type}\``).join(", ")}` }),
  response: {
    status: 201,
    description: "The endpoint, and its signing secret (shown only now)",
    schema: z.object({ id: z.uuid(), secret: z.string().startsWith("whsec_") }).meta({ id: "CreatedWebhookEndpoint" }),
  },
  failures: [413, 415, 422],
  handle: ({ actor, body }) => createWebhookEndpoint(actor, body),
});
