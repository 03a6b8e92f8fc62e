"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { createWebhookEndpoint } from "@/server/webhooks/create-webhook-endpoint";
import { deleteWebhookEndpoint, redeliverWebhook, setWebhookEndpointEnabled } from "@/server/webhooks/manage-webhook-endpoint";
import { rollWebhookSecret } from "@/server/webhooks/roll-webhook-secret";
import { redeliverWebhookSchema, rollWebhookSecretSchema, setWebhookEndpointEnabledSchema, webhookEndpointIdSchema, webhookEndpointSchema } from "@/lib/validation/webhooks";

/** Adds an endpoint; the answer carries its secret, which the page shows this once. */
export const createWebhookEndpointAction = memberAction("webhooks.manage", webhookEndpointSchema, async (input, member) => {
  const created = await createWebhookEndpoint(member, input);
  revalidatePath("/settings/webhooks");
  return created;
});

export const setWebhookEndpointEnabledAction = memberAction("webhooks.manage", setWebhookEndpointEnabledSchema, async (input, member) => {
  await setWebhookEndpointEnabled(member, input);
  revalidatePath("/settings/webhooks", "layout");
  return null;
});

export const deleteWebhookEndpointAction = memberAction("webhooks.manage", webhookEndpointIdSchema, async (input, member) => {
  await deleteWebhookEndpoint(member, input);
  revalidatePath("/settings/webhooks");
  return null;
});

export const redeliverWebhookAction = memberAction("webhooks.manage", redeliverWebhookSchema, async (input, member) => {
  const { endpointId } = await redeliverWebhook(member, input);
  revalidatePath(`/settings/webhooks/${endpointId}`);
  return null;
});

/** Rolls the signing secret; the answer carries the new one, which the page shows this once. */
export const rollWebhookSecretAction = memberAction("webhooks.manage", rollWebhookSecretSchema, async (input, member) => {
  const { secret, secretVersion } = await rollWebhookSecret(member, input);
  revalidatePath(`/settings/webhooks/${input.endpointId}`);
  return { secret, secretVersion };
});
