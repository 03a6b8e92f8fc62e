import { z } from "zod";
import { signInSchema } from "./auth";
import { timeZoneField } from "./organization";
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

/** The current password, for a form that asks for it again (re-authentication) when the account has one. */
export const passwordReauthenticationSchema = changePasswordSchema.pick({ currentPassword: true });

/** A code from the authenticator app, to confirm enrolment. */
export const twoFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, "Enter the six-digit code from your authenticator app.")
    .max(20, "Enter the six-digit code from your authenticator app.")
    .regex(/^\d{3}\s?\d{3}$/, "Enter the six-digit code from your authenticator app."),
});

/**
 * Setting up or turning off two-factor, as the server parses it: the current password for an account that
 * has one (the server decides; an account without one re-authenticates by a recent sign-in and sends none).
 */
export const reauthenticationSchema = z.object({ currentPassword: z.string().max(1024, "That password is too long.").optional() });

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

/** Account → Time zone: an IANA zone, or empty to follow the organisation's. */
export const timeZoneSettingSchema = z.object({
  timeZone: z.preprocess((value) => (value === "" || value === undefined ? null : value), timeZoneField.nullable()),
});
