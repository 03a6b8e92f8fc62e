import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { challengeEmail, CHALLENGE_MINUTES } from "./two-factor-sign-in";

/** The code step's own page, for a first step that did not happen on the sign-in form (single sign-on, an invitation). */
export const CODE_STEP_PATH = "/sign-in/two-factor";

// Only the sign-in pages get it; httpOnly, so no script reads it; never in a URL, so in no log or history.
const COOKIE = "candor-sign-in-challenge";
// Where a sign-in that leaves Candor (single sign-on) was going, for the code step when it comes back.
const DESTINATION_COOKIE = "candor-sign-in-destination";
const PATH = "/sign-in";

const cookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: PATH,
  secure: env().APP_URL.startsWith("https:"),
  maxAge: CHALLENGE_MINUTES * 60,
});

/**
 * Keeps the challenge of a first step that happened elsewhere (the identity provider's callback, accepting
 * an invitation) in this browser, and returns the code step's page to send it to.
 */
export async function holdChallenge(challenge: string): Promise<string> {
  (await cookies()).set(COOKIE, challenge, cookieOptions());
  return CODE_STEP_PATH;
}

/**
 * Remembers the page a sign-in through the identity provider is for (already a safe local path:
 * lib/validation/redirect.ts), so that the code step, if the account has one, ends there too.
 */
export async function rememberDestination(path: string): Promise<void> {
  (await cookies()).set(DESTINATION_COOKIE, path, cookieOptions());
}

/** The remembered page, unchecked: the code step's action checks it again like any callbackUrl. */
export async function heldDestination(): Promise<string | undefined> {
  const path = (await cookies()).get(DESTINATION_COOKIE)?.value;
  return path && path.length <= 2000 ? path : undefined;
}

/** The challenge this browser holds and whom it signs in, or null when there is none still usable. */
export async function heldChallenge(): Promise<{ challenge: string; email: string } | null> {
  const challenge = (await cookies()).get(COOKIE)?.value;
  if (!challenge || challenge.length > 2000) return null;
  const email = await challengeEmail(challenge);
  return email ? { challenge, email } : null;
}

/** Once the session is open: the challenge has served. */
export async function forgetChallenge(): Promise<void> {
  const jar = await cookies();
  jar.delete({ name: COOKIE, path: PATH });
  jar.delete({ name: DESTINATION_COOKIE, path: PATH });
}
