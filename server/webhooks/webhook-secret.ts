import "server-only";
import { randomBytes } from "node:crypto";
import { seal, unseal } from "@/lib/auth/secret-box";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The Standard Webhooks prefix: a stored value that starts with it was kept in clear, before secrets were sealed. */
const PLAIN_PREFIX = "whsec_";

/** A new signing secret in the Standard Webhooks form: `whsec_` and the base64 of 32 random bytes. */
export const newWebhookSecret = () => `${PLAIN_PREFIX}${randomBytes(32).toString("base64")}`;

/** Whether a stored secret is still in clear (stored before sealing began): it signs, and `webhooks.prune` reseals it. */
export const isPlainWebhookSecret = (stored: string) => stored.startsWith(PLAIN_PREFIX);

/** A signing secret sealed for the database (AES-256-GCM, key from AUTH_SECRET): a dump does not hand it out. */
export function sealWebhookSecret(secret: string): string {
  if (!env().AUTH_SECRET) throw new AppError("CONFLICT", "Set AUTH_SECRET on the server before adding webhook endpoints: their signing secrets are stored encrypted with it.");
  return seal(secret, "webhook-secret");
}

/** The secret in clear, to sign with; null when it was sealed with another AUTH_SECRET (or none is set now). */
export function openWebhookSecret(stored: string): string | null {
  if (isPlainWebhookSecret(stored)) return stored;
  if (!env().AUTH_SECRET) return null;
  return unseal(stored, "webhook-secret");
}

/** Why a delivery was not sent: its endpoint's secret can't be read, so no request could be signed. */
export class WebhookSecretUnreadable extends Error {
  constructor() {
    super("The signing secret can't be read: AUTH_SECRET changed since it was made. Roll the secret.");
    this.name = "WebhookSecretUnreadable";
  }
}
