import "server-only";
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authConfig } from "./config";
import { ssoProvidersFor } from "./sso-provider";

export { InvalidCredentials, MembershipDeactivated, SignInExpired, TooManyAttempts, TwoFactorRequired } from "./config";

/**
 * Auth.js, configured per request: email and password always, and an organisation's identity provider
 * on the requests of its SSO sign-in (server/auth/sso-provider.ts). See authConfig for sessions.
 */
const nextAuth = NextAuth(async (request) => authConfig(await ssoProvidersFor(request)));

export const { auth, signIn, signOut } = nextAuth;

/**
 * The address a browser used (Host, or X-Forwarded-Host behind a proxy), which Auth.js's server-side
 * signIn() also builds the redirect URI from. A route handler's request.url carries the address the
 * server listens on instead (http://localhost:3000 behind any proxy), and an identity provider refuses a
 * token request whose redirect URI differs from the one the sign-in started with. A plain Request:
 * NextRequest would turn 127.0.0.1 into localhost again.
 */
function atAddressUsed(request: NextRequest): NextRequest {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const current = new URL(request.url);
  const protocol = request.headers.get("x-forwarded-proto") ?? current.protocol;
  const url = new URL(`${current.pathname}${current.search}`, `${protocol.replace(/:$/, "")}://${host}`);
  if (url.origin === current.origin) return request;
  const body = request.method === "GET" || request.method === "HEAD" ? undefined : request.body;
  return new Request(url, { method: request.method, headers: request.headers, body, duplex: "half" } as RequestInit) as NextRequest;
}

export const handlers = {
  GET: (request: NextRequest) => nextAuth.handlers.GET(atAddressUsed(request)),
  POST: (request: NextRequest) => nextAuth.handlers.POST(atAddressUsed(request)),
};
