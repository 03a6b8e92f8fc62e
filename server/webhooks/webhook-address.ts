import "server-only";
import { env } from "@/lib/env";
import { HostNotFound, PrivateAddressRefused, resolvePublicAddresses } from "@/server/http/outbound-address";

/** WEBHOOK_ALLOW_PRIVATE=1: receivers on the operator's own network (or the tests' on 127.0.0.1). */
export const allowsPrivateWebhooks = (): boolean => env().WEBHOOK_ALLOW_PRIVATE === "1";

/**
 * Why Candor will not send webhooks to this URL, in words for the form, or null. Checked when the endpoint
 * is added, so the admin hears it at once; each request is checked again as it connects (outboundFetch).
 */
export async function webhookAddressProblem(url: string): Promise<string | null> {
  if (allowsPrivateWebhooks()) return null;
  const { hostname } = new URL(url);
  try {
    await resolvePublicAddresses(hostname);
    return null;
  } catch (error) {
    if (error instanceof PrivateAddressRefused) return `${hostname} is on a private or local network, which Candor does not send webhooks to. Enter a public address.`;
    if (error instanceof HostNotFound) return `Candor could not find ${hostname}. Check the URL.`;
    throw error;
  }
}
