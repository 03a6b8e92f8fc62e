import "server-only";
import { env } from "@/lib/env";
import { HostNotFound, PrivateAddressRefused, resolvePublicAddresses, type Resolver } from "@/server/http/outbound-address";
import { outboundFetch } from "@/server/http/outbound-fetch";

/** SSO_ALLOW_PRIVATE_ISSUERS=1: a provider on the operator's own network (or the test run's on 127.0.0.1). */
export const allowsPrivateIssuers = (): boolean => env().SSO_ALLOW_PRIVATE_ISSUERS === "1";

/**
 * The fetch Auth.js uses for an organisation's identity provider: the discovery document, the token
 * request, the keys and the user info, each refused when its host is or resolves to a private, loopback,
 * link-local, unique-local or unspecified address (checked at connection time, so every address the
 * discovery document names is checked too), unless SSO_ALLOW_PRIVATE_ISSUERS=1.
 */
export function ssoFetch(): typeof fetch {
  return outboundFetch({ allowPrivateAddresses: allowsPrivateIssuers() });
}

/**
 * Why Candor will not use this issuer's address, for the settings form, or null: its host must resolve,
 * and only to public addresses. Saving is checked here so the admin hears it at once; every request is
 * checked again when it is made (ssoFetch), since an address can change after saving.
 */
export async function issuerAddressProblem(issuer: string, resolve?: Resolver): Promise<string | null> {
  if (allowsPrivateIssuers()) return null;
  const { hostname } = new URL(issuer);
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  try {
    await resolvePublicAddresses(hostname, resolve);
    return null;
  } catch (error) {
    if (error instanceof PrivateAddressRefused) {
      return `${host} is on a private or local network, which Candor does not connect to. Enter your identity provider's public address.`;
    }
    if (error instanceof HostNotFound) return `Candor could not find ${host}. Check the issuer URL.`;
    throw error;
  }
}
