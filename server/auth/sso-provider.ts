import "server-only";
import { customFetch } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import { db } from "@/db/client";
import { getSsoConfiguration, type SsoConfiguration } from "@/db/queries/sso";
import { ssoOrganizationOf, ssoProviderId } from "@/lib/auth/sso";
import type { SsoClaims } from "@/server/sso/admit-sso-sign-in";
import { openClientSecret } from "@/server/sso/client-secret";
import { ssoFetch } from "@/server/sso/issuer-address";

/**
 * The Auth.js provider for one organisation's identity provider: its endpoints and keys come from the
 * issuer's discovery document; the authorization code flow is bound to this browser by PKCE, state and a
 * nonce in the ID token. Every request to the provider goes through ssoFetch, which refuses private and
 * local addresses. Null when SSO is off or the stored client secret cannot be read.
 */
export function oidcProvider(sso: SsoConfiguration): OIDCConfig<SsoClaims> | null {
  if (!sso.enabled) return null;
  const clientSecret = openClientSecret(sso.clientSecretSealed);
  if (clientSecret === null) return null;
  return {
    id: ssoProviderId(sso.organizationId),
    name: sso.organizationName,
    type: "oidc",
    issuer: sso.issuer,
    clientId: sso.clientId,
    clientSecret,
    checks: ["pkce", "state", "nonce"],
    [customFetch]: ssoFetch(),
    authorization: { params: { scope: "openid email profile" } },
    // Who may enter is decided from the verified claims in the signIn callback (admitSsoSignIn).
    profile: (claims) => ({
      id: String(claims.sub),
      email: typeof claims.email === "string" ? claims.email : null,
      name: typeof claims.name === "string" ? claims.name : null,
    }),
  };
}

const AUTH_ROUTE = /^\/api\/auth\/(?:signin|callback)\/([^/]+)\/?$/;

/**
 * Auth.js is configured per request (NextAuth's lazy form): a request to an organisation's callback,
 * /api/auth/callback/oidc-<id>, gets that organisation's provider; every other request gets none, so
 * no request reads SSO settings it does not need.
 */
export async function ssoProvidersFor(request: Request | undefined): Promise<OIDCConfig<SsoClaims>[]> {
  if (!request) return [];
  const organizationId = ssoOrganizationOf(AUTH_ROUTE.exec(new URL(request.url).pathname)?.[1]);
  if (!organizationId) return [];
  const sso = await getSsoConfiguration(db(), organizationId);
  const provider = sso && oidcProvider(sso);
  return provider ? [provider] : [];
}
