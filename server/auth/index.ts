import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "@/server/http/client-ip";
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
      if (user?.id && user.email) token.sid = await startUserSession({ id: user.id, email: user.email }, account?.provider ?? "password");
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
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) throw new InvalidCredentials();
        const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new TooManyAttempts(result.retryAfterMinutes);
        if (result.reason === "deactivated") throw new MembershipDeactivated();
        throw new InvalidCredentials();
      },
    }),
  ],
});
