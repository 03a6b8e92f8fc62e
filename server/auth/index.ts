import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { signInSchema } from "@/lib/validation/auth";
import { clientIp } from "@/server/http/client-ip";
import { verifyCredentials } from "./credentials";

export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid";
}

export class TooManyAttempts extends CredentialsSignin {
  constructor(readonly retryAfterMinutes: number) {
    super();
    this.code = `throttled:${retryAfterMinutes}`;
  }
}

/**
 * Sessions are JWTs holding the user id only; which organisation and role a user has is read from the
 * database on every request (requireMember), so removing a member takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  // Self-hosted behind whatever proxy the operator runs; the Host header is what users typed.
  trustHost: true,
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
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
        throw new InvalidCredentials();
      },
    }),
  ],
});
