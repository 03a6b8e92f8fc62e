import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { ssoOrganizationOf } from "@/lib/auth/sso";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "@/server/http/client-ip";
import { admitSsoSignIn } from "@/server/sso/admit-sso-sign-in";
import { verifyCredentials } from "./credentials";
import { startUserSession } from "./user-sessions";

export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

/** The password was right but the person's memberships are all deactivated. */
export class MembershipDeactivated extends CredentialsSignin {
  override code = "deactivated";
}

export class TooManyAttempts extends CredentialsSignin {
  constructor(readonly retryAfterMinutes: number) {
    super();
    this.code = `throttled:${retryAfterMinutes}`;
  }
}

const credentials = Credentials({
  credentials: { email: { type: "email" }, password: { type: "password" } },
  async authorize(input, request) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) throw new InvalidCredentials();
    const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
    if (result.ok) return result.user;
    if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
    if (result.reason === "deactivated") throw new MembershipDeactivated();
    throw new InvalidCredentials();
  },
});

/**
 * Candor's Auth.js configuration: email and password, plus `ssoProviders`, the identity providers of the
 * organisations this request is about (server/auth/sso-provider.ts).
 *
 * Sessions are JWTs holding the user id and the id of a row in user_sessions; every request checks that
 * row is open and reads the organisation and role from the database (getCurrentMember), so signing out,
 * a password change, a role change or deactivation take effect at once, whatever copies of the cookie exist.
 */
export function authConfig(ssoProviders: Provider[] = []): NextAuthConfig {
  return {
    // Every refusal and failure lands on the sign-in page with ?error=, which explains it (never a stack).
    pages: { signIn: "/sign-in", error: "/sign-in" },
    session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
    // Self-hosted behind whatever proxy the operator runs; the Host header is what users typed.
    trustHost: true,
    callbacks: {
      async signIn({ user, account, profile }) {
        const organizationId = ssoOrganizationOf(account?.provider);
        if (!organizationId) return true;
        const admission = await admitSsoSignIn(organizationId, profile ?? {});
        if (!admission.ok) return `/sign-in?error=sso-${admission.reason}`;
        // Without a database adapter Auth.js gives the user a random id; this object is the one the jwt
        // callback receives, so the session opens for Candor's user with this address.
        Object.assign(user, admission.user);
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is present only on the request that signs in: open the session row then.
        if (user?.id && user.email) {
          const organizationId = ssoOrganizationOf(account?.provider);
          token.sub = user.id;
          token.sid = organizationId
            ? await startUserSession({ id: user.id, email: user.email }, "sso", { organizationId })
            : await startUserSession({ id: user.id, email: user.email }, account?.provider ?? "password");
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionId = typeof token.sid === "string" ? token.sid : undefined;
        return session;
      },
    },
    logger: {
      // A failed sign-in is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        // Auth.js wraps the underlying failure (an unreachable identity provider, a bad token) as cause.err.
        // An identity provider's refusal (oauth4webapi's ResponseBodyError) also names its OAuth error.
        const inner = (error.cause as { err?: unknown } | undefined)?.err as (Error & { error?: unknown; error_description?: unknown }) | undefined;
        const oauthError = typeof inner?.error === "string" ? `: ${inner.error} ${String(inner.error_description ?? "")}`.trimEnd() : "";
        const cause = inner instanceof Error ? ` (${inner.message}${oauthError})` : "";
        console.error(`candor: auth error: ${error.name}: ${error.message}${cause}`);
      },
    },
    providers: [credentials, ...ssoProviders],
  };
}
