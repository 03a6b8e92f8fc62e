import "server-only";
import { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { ssoOrganizationOf } from "@/lib/auth/sso";
import { signInCodeSchema } from "@/lib/validation/accounts";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "@/server/http/client-ip";
import { admitSsoSignIn } from "@/server/sso/admit-sso-sign-in";
import { holdChallenge } from "./code-step";
import { verifyCredentials } from "./credentials";
import { completeSecondFactor, secondFactorChallenge } from "./two-factor-sign-in";
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

/** The password was right and the user has two-factor: the form asks for a code, carrying `challenge`. */
export class TwoFactorRequired extends CredentialsSignin {
  override code = "two_factor_required";
  constructor(readonly challenge: string) {
    super();
  }
}

/** The code step's challenge is too old, forged, or voided by a password change: start again. */
export class SignInExpired extends CredentialsSignin {
  override code = "expired";
}

const credentials = Credentials({
  // Two steps for a user with two-factor: email and password, then the challenge from step one and a code.
  credentials: { email: { type: "email" }, password: { type: "password" }, challenge: {}, code: {} },
  async authorize(input, request) {
    if (input.challenge !== undefined) return authorizeCode(input, clientIp(request.headers));
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) throw new InvalidCredentials();
    const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
    if (result.ok) {
      const challenge = await secondFactorChallenge(result.user.id);
      if (challenge) throw new TwoFactorRequired(challenge);
      return { ...result.user, signInMethod: "password" };
    }
    if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
    if (result.reason === "deactivated") throw new MembershipDeactivated();
    throw new InvalidCredentials();
  },
});

async function authorizeCode(input: Partial<Record<string, unknown>>, ip: string) {
  const parsed = signInCodeSchema.safeParse(input);
  if (!parsed.success) throw new InvalidCredentials();
  const result = await completeSecondFactor(parsed.data.challenge, parsed.data.code, ip);
  if (result.ok) {
    // A first step through single sign-on opens that organisation only, as it would have without the code.
    const first = result.organizationId ? "sso" : "password";
    return { ...result.user, signInMethod: `${first}+${result.method}`, organizationId: result.organizationId };
  }
  if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
  if (result.reason === "expired") throw new SignInExpired();
  throw new InvalidCredentials();
}

/**
 * What authorize() put on the user it returned: `signInMethod`, how they proved who they are (for the
 * audit log), and `organizationId`, the organisation whose single sign-on was the first step.
 */
function fromAuthorize(user: object, key: "signInMethod" | "organizationId"): string | undefined {
  const value = (user as Record<string, unknown>)[key];
  return typeof value === "string" ? value : undefined;
}

/**
 * Candor's Auth.js configuration: email and password, plus `ssoProviders`, the identity providers of the
 * organisations this request is about (server/auth/sso-provider.ts).
 *
 * Sessions are JWTs holding the user id and the id of a row in user_sessions; every request checks that
 * row is open and reads the organisation and role from the database (getCurrentMember), so signing out,
 * a password change, a role change or deactivation take effect at once, whatever copies of the cookie exist,
 * and no renewal of the cookie keeps a session past SESSION_MAX_AGE_DAYS from its sign-in.
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
        // Two-factor is Candor's, whoever vouched for the first step: no session opens before the code.
        // The code step's page gets the challenge in an httpOnly cookie, and posts it back with the code.
        const challenge = await secondFactorChallenge(admission.user.id, { organizationId });
        if (challenge) return holdChallenge(challenge);
        // Without a database adapter Auth.js gives the user a random id; this object is the one the jwt
        // callback receives, so the session opens for Candor's user with this address.
        Object.assign(user, admission.user);
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is present only on the request that signs in: open the session row then.
        if (user?.id && user.email) {
          const ssoOrganizationId = ssoOrganizationOf(account?.provider);
          const method = ssoOrganizationId ? "sso" : (fromAuthorize(user, "signInMethod") ?? account?.provider ?? "password");
          token.sub = user.id;
          token.sid = await startUserSession({ id: user.id, email: user.email }, method, {
            organizationId: ssoOrganizationId ?? fromAuthorize(user, "organizationId"),
          });
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
