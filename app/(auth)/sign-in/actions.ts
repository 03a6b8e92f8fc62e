"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { publicAction, type ActionResult } from "@/server/action";
import { MembershipDeactivated, signIn, SignInExpired, TooManyAttempts, TwoFactorRequired } from "@/server/auth";
import { forgetChallenge } from "@/server/auth/code-step";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { signInCodeSchema } from "@/lib/validation/accounts";
import { signInSchema } from "@/lib/validation/auth";
import { safeCallbackPath } from "@/lib/validation/redirect";

/** `challenge` is set once the password was right for a user with two-factor: the form then asks for a code. */
export type SignInState = (ActionResult<void> | { ok: null }) & { email?: string; challenge?: string };

function refusal(error: unknown): never {
  if (error instanceof TooManyAttempts) {
    const minutes = error.retryAfterMinutes;
    throw new AppError("RATE_LIMITED", `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  throw error;
}

const signInWithPassword = publicAction(signInSchema, async ({ email, password, callbackUrl }) => {
  try {
    // On success this throws Next's redirect, which the wrapper lets through.
    await signIn("credentials", { email, password, redirectTo: safeCallbackPath(callbackUrl, env().APP_URL) });
  } catch (error) {
    if (error instanceof TwoFactorRequired) return { challenge: error.challenge };
    if (error instanceof MembershipDeactivated) {
      throw new AppError("FORBIDDEN", "Your account has been deactivated. Ask an admin of your organisation to reactivate it.");
    }
    if (error instanceof AuthError && error.type === "CredentialsSignin" && !(error instanceof TooManyAttempts)) {
      throw new AppError("UNAUTHENTICATED", "Incorrect email or password.");
    }
    refusal(error);
  }
});

const signInWithCode = publicAction(signInCodeSchema, async ({ challenge, code, callbackUrl }) => {
  let destination: string;
  try {
    destination = await signIn("credentials", { challenge, code, redirect: false, redirectTo: safeCallbackPath(callbackUrl, env().APP_URL) });
  } catch (error) {
    if (error instanceof SignInExpired) throw new AppError("CONFLICT", "Your sign-in took too long. Please sign in again.");
    if (error instanceof AuthError && error.type === "CredentialsSignin" && !(error instanceof TooManyAttempts)) {
      throw new AppError("UNAUTHENTICATED", "That code is not right, or was used already. Try the code your app shows now.");
    }
    refusal(error);
  }
  // The session is open: a challenge kept for the code step's page (single sign-on, an invitation) has served.
  await forgetChallenge();
  redirect(destination);
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  // The email is echoed back so a failed attempt keeps it; the password never is.
  const email = String(formData.get("email") ?? "").slice(0, 320);
  if (formData.has("challenge")) {
    // Success does not return: signIn throws Next's redirect.
    const result = await signInWithCode(formData);
    if (result.ok) return { ok: null, email };
    // A refused code keeps the challenge, so the person can try another; an expired one starts over.
    const startOver = result.code === "CONFLICT";
    return { ...result, email, challenge: startOver ? undefined : String(formData.get("challenge")).slice(0, 2000) };
  }
  const result = await signInWithPassword(formData);
  if (result.ok) return { ok: null, email, challenge: result.data?.challenge };
  return { ...result, email };
}
