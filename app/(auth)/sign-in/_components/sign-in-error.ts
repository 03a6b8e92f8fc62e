import { ssoRefusals, type SsoRefusal } from "@/lib/auth/sso";

const ssoMessages: Record<SsoRefusal, string> = {
  "no-email": "Your organisation's sign-in did not tell Candor your email address, so you can't be signed in. Ask your IT team to share the email claim with Candor.",
  "unverified-email":
    "Your organisation's sign-in has not verified your email address, so Candor can't sign you in with it. Ask your IT team to verify it, then try again.",
  "not-allowed": "Your address isn't allowed to join this organisation on Candor. Ask one of its admins to invite you.",
  "existing-account":
    "You already have a Candor account. Sign in with your password and accept the organisation's invitation from its email; single sign-on works once you are a member.",
  deactivated: "Your membership of this organisation has been deactivated. Ask one of its admins to reactivate it.",
  disabled: "This account has been disabled. Ask your Candor administrator for help.",
  unavailable: "Single sign-on isn't available for this organisation right now. Sign in with your password, or ask an admin to check its single sign-on settings.",
};

const GENERIC = "Signing in with SSO didn't complete. Try again; if it keeps failing, ask an admin to check the organisation's single sign-on settings.";

/**
 * The sentence for the sign-in page's ?error=: Candor's own SSO refusals ("sso-not-allowed"), or any
 * error Auth.js redirects with (a cancelled sign-in, an unreachable identity provider, an expired
 * attempt), which never show more than that one sentence.
 */
export function signInErrorMessage(error: string | string[] | undefined): string | undefined {
  // Auth.js's own error route, opened without an error, says "undefined".
  if (typeof error !== "string" || error === "" || error === "undefined") return undefined;
  const refusal = error.replace(/^sso-/, "");
  return error.startsWith("sso-") && (ssoRefusals as readonly string[]).includes(refusal) ? ssoMessages[refusal as SsoRefusal] : GENERIC;
}
