import "server-only";
import { findEnabledSso } from "@/db/queries/sso";
import { emailDomain } from "@/lib/validation/sso";

/**
 * "Sign in with SSO": the organisation whose switched-on single sign-on serves a work email's domain, or
 * whose Candor ID (slug) was typed, for people whose address is outside that domain. Only what the sign-in
 * page shows; nothing says whether the address itself belongs to anyone.
 */
export async function findSsoOrganization(identifier: string): Promise<{ name: string; slug: string } | null> {
  const value = identifier.trim();
  let sso;
  if (value.includes("@")) {
    const domain = emailDomain(value);
    sso = domain ? await findEnabledSso({ domain }) : null;
  } else {
    sso = /^[a-z0-9][a-z0-9-]{0,99}$/i.test(value) ? await findEnabledSso({ slug: value }) : null;
  }
  return sso ? { name: sso.organizationName, slug: sso.organizationSlug } : null;
}
