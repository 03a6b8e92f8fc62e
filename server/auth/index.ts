import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInCodeSchema } from "@/lib/validation/accounts";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "@/server/http/client-ip";
import { verifyCredentials } from "./credentials";
import { completeSecondFactor, secondFactorChallenge } from "./two-factor-sign-in";
import { startUserSession } from "./user-sessions";

export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
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

/**
 * Sessions are JWTs holding the user id and the id of a row in user_sessions; every request checks that
 * row is open and reads the organisation and role from the database (getCurrentMember), so signing out,
 * a password change, a role change or deactivation take effect at once, whatever copies of the cookie exist.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  // Self-hosted behind whatever proxy the operator runs; the Host header is what users typed.
  trustHost: true,
  callbacks: {
    async jwt({ token, user, account }) {
      // `user` is present only on the request that signs in: open the session row then.
      if (user?.id && user.email) token.sid = await startUserSession({ id: user.id, email: user.email }, signInMethod(user) ?? account?.provider ?? "password");
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
      console.error(`candor: auth error: ${error.name}: ${error.message}`);
    },
  },
  providers: [
    Credentials({
      // Two steps for a user with two-factor: email and password, then the challenge from step one and a code.
      credentials: { email: { type: "email" }, password: { type: "password" }, challenge: {}, code: {} },
      async authorize(credentials, request) {
        if (credentials.challenge !== undefined) return authorizeCode(credentials, clientIp(request.headers));
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (result.ok) {
          const challenge = await secondFactorChallenge(result.user.id);
          if (challenge) throw new TwoFactorRequired(challenge);
          return { ...result.user, signInMethod: "password" };
        }
        if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
        throw new InvalidCredentials();
      },
    }),
  ],
});

async function authorizeCode(credentials: Partial<Record<string, unknown>>, ip: string) {
  const parsed = signInCodeSchema.safeParse(credentials);
  if (!parsed.success) throw new InvalidCredentials();
  const result = await completeSecondFactor(parsed.data.challenge, parsed.data.code, ip);
  if (result.ok) return { ...result.user, signInMethod: `password+${result.method}` };
  if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
  if (result.reason === "expired") throw new SignInExpired();
  throw new InvalidCredentials();
}

/** How the user proved who they are, as authorize() put it on the user it returned (for the audit log). */
function signInMethod(user: object): string | undefined {
  return "signInMethod" in user && typeof user.signInMethod === "string" ? user.signInMethod : undefined;
}
