import { z } from "zod";
import { signInSchema } from "./auth";
import { newPasswordField } from "./password";

/** "Forgot password": just the address (the same field as on the sign-in form). */
export const forgotPasswordSchema = signInSchema.pick({ email: true });

/** The reset page: the token from the link and the new password. */
export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(200),
  password: newPasswordField,
});

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(1024, "That password is too long."),
  newPassword: newPasswordField,
});

/** A code from the authenticator app, to confirm enrolment. */
export const twoFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the six-digit code from your authenticator app.")
    .max(20, "Enter the six-digit code from your authenticator app.")
    .regex(/^\d{3}\s?\d{3}$/, "Enter the six-digit code from your authenticator app."),
});

/** Turning two-factor off: the password, or a current code (from the app or a recovery code). */
export const removeTwoFactorSchema = z.object({
  proof: z.string().min(1, "Enter your password or a code from your authenticator app.").max(1024, "That is too long."),
});

/** The second step of signing in: the signed challenge from the first step and a code. */
export const signInCodeSchema = z.object({
  challenge: z.string().min(1).max(2000),
  code: z
    .string()
    .trim()
    .min(1, "Enter the code from your authenticator app, or a recovery code.")
    .max(64, "That code is too long."),
  callbackUrl: signInSchema.shape.callbackUrl,
});

export const twoFactorRequirementSchema = z.object({
  // A checkbox: present ("on") when ticked, absent otherwise.
  requireTwoFactor: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()),
});
