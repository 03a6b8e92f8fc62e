import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your email address.")
    .max(320, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like name@example.com.")),
  password: z.string().min(1, "Enter your password.").max(1024, "That password is too long."),
  /** Where to go after signing in: the action follows it only to this site (lib/validation/redirect.ts). */
  callbackUrl: z.string().max(4096).optional().catch(undefined),
});

export type SignInInput = z.input<typeof signInSchema>;
