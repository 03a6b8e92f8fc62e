import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 12;

/**
 * A new password, as the form and the server both check it. The server also refuses common passwords
 * (`commonPasswordProblem` in lib/auth/common-passwords.ts), which is kept out of this schema so the
 * list of 49,000 passwords never reaches the browser.
 */
export const newPasswordField = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(256, "Use at most 256 characters.");
