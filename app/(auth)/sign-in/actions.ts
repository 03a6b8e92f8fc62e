"use server";

import { AuthError } from "next-auth";
import { publicAction, type ActionResult } from "@/server/action";
import { MembershipDeactivated, signIn, TooManyAttempts } from "@/server/auth";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { signInSchema } from "@/lib/validation/auth";
import { safeCallbackPath } from "@/lib/validation/redirect";

export type SignInState = (ActionResult<void> | { ok: null }) & { email?: string };

const signInWithPassword = publicAction(signInSchema, async ({ email, password, callbackUrl }) => {
  try {
    // On success this throws Next's redirect, which the wrapper lets through.
    await signIn("credentials", { email, password, redirectTo: safeCallbackPath(callbackUrl, env().APP_URL) });
  } catch (error) {
    if (error instanceof TooManyAttempts) {
      const minutes = error.retryAfterMinutes;
      throw new AppError(
        "RATE_LIMITED",
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      );
    }
    if (error instanceof MembershipDeactivated) {
      throw new AppError("FORBIDDEN", "Your account has been deactivated. Ask an admin of your organisation to reactivate it.");
    }
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      throw new AppError("UNAUTHENTICATED", "Incorrect email or password.");
    }
    throw error;
  }
});

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const result = await signInWithPassword(formData);
  // The email is echoed back so a failed attempt keeps it; the password never is.
  return { ...result, email: String(formData.get("email") ?? "").slice(0, 320) };
}
