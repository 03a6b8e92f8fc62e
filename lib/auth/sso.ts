/**
 * Each organisation's identity provider is its own Auth.js provider, "oidc-<organisation id>", so its
 * callback address (/api/auth/callback/oidc-<id>) says whose provider answered without any other state.
 */
const PREFIX = "oidc-";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function ssoProviderId(organizationId: string): string {
  return `${PREFIX}${organizationId}`;
}

/** The organisation whose SSO provider this is, or null for any other provider (credentials). */
export function ssoOrganizationOf(providerId: string | undefined): string | null {
  if (!providerId?.startsWith(PREFIX)) return null;
  const organizationId = providerId.slice(PREFIX.length);
  return UUID.test(organizationId) ? organizationId : null;
}

/** The address to register at the identity provider as the redirect (callback) URI. */
export function ssoRedirectUri(appUrl: string, organizationId: string): string {
  return `${appUrl}/api/auth/callback/${ssoProviderId(organizationId)}`;
}

/** Why an SSO sign-in was refused, as the sign-in page's ?error= names it. */
export const ssoRefusals = ["no-email", "unverified-email", "not-allowed", "existing-account", "deactivated", "disabled", "unavailable"] as const;
export type SsoRefusal = (typeof ssoRefusals)[number];
