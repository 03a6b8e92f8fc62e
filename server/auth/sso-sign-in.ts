import "server-only";
import NextAuth from "next-auth";
import { findEnabledSso } from "@/db/queries/sso";
import { emailDomain } from "@/lib/validation/sso";
import { authConfig } from "./config";
import { oidcProvider } from "./sso-provider";

/**
 * Sends the browser to the identity provider of the organisation with this slug, to come back signed in
 * at `redirectTo`. Auth.js writes the PKCE verifier, state and nonce cookies and answers with the
 * provider's authorization URL, which this throws as Next's redirect. Returns false (and sends nowhere)
 * when that organisation has no working SSO.
 */
export async function redirectToIdentityProvider(slug: string, { redirectTo, loginHint }: { redirectTo: string; loginHint?: string }): Promise<false> {
  const sso = await findEnabledSso({ slug });
  const provider = sso && oidcProvider(sso);
  if (!provider) return false;
  // A one-off Auth.js for this provider: the server-side signIn() reads its providers from the config
  // it was made with, and the shared one only knows the provider on the callback's own request.
  const { signIn } = NextAuth(authConfig([provider]));
  const hint = loginHint && emailDomain(loginHint) ? { login_hint: loginHint } : undefined;
  await signIn(provider.id, { redirectTo }, hint);
  return false;
}
