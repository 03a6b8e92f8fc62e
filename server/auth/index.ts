import "server-only";
import NextAuth from "next-auth";
import { authConfig } from "./config";
import { ssoProvidersFor } from "./sso-provider";

export { InvalidCredentials, TooManyAttempts } from "./config";

/**
 * Auth.js, configured per request: email and password always, and an organisation's identity provider
 * on the requests of its SSO sign-in (server/auth/sso-provider.ts). See authConfig for sessions.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => authConfig(await ssoProvidersFor(request)));
