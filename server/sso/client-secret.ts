import "server-only";
import { seal, unseal } from "@/lib/auth/secret-box";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

function requireAuthSecret() {
  if (!env().AUTH_SECRET) throw new AppError("CONFLICT", "Set AUTH_SECRET on the server before configuring single sign-on: the client secret is stored encrypted with it.");
}

/** The identity provider's client secret, sealed for the database (never stored or shown in clear). */
export function sealClientSecret(clientSecret: string): string {
  requireAuthSecret();
  return seal(clientSecret, "sso-client-secret");
}

/** The client secret in clear, for the token request; null when AUTH_SECRET changed since it was stored. */
export function openClientSecret(sealed: string): string | null {
  requireAuthSecret();
  return unseal(sealed, "sso-client-secret");
}

/**
 * Plain-http issuers only on this machine, and only in development and the test run (CANDOR_E2E_FIXTURES,
 * whose production build talks to an identity provider started by the tests on 127.0.0.1).
 */
export function allowsHttpLoopbackIssuer(): boolean {
  return env().NODE_ENV !== "production" || env().CANDOR_E2E_FIXTURES === "1";
}
