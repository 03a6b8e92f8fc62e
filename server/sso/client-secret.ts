import "server-only";
import { openSecret, sealSecret, SecretBoxError } from "@/lib/auth/secret-box";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

const PURPOSE = "sso client secret";

function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new AppError("CONFLICT", "Set AUTH_SECRET on the server before configuring single sign-on: the client secret is stored encrypted with it.");
  return secret;
}

/** The identity provider's client secret, sealed for the database (never stored or shown in clear). */
export function sealClientSecret(clientSecret: string): string {
  return sealSecret(clientSecret, authSecret(), PURPOSE);
}

/** The client secret in clear, for the token request; null when AUTH_SECRET changed since it was stored. */
export function openClientSecret(sealed: string): string | null {
  try {
    return openSecret(sealed, authSecret(), PURPOSE);
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}

/**
 * Plain-http issuers only on this machine, and only in development and the test run (CANDOR_E2E_FIXTURES,
 * whose production build talks to an identity provider started by the tests on 127.0.0.1).
 */
export function allowsHttpLoopbackIssuer(): boolean {
  return env().NODE_ENV !== "production" || env().CANDOR_E2E_FIXTURES === "1";
}
