"use server";

import { redirect } from "next/navigation";
import { publicAction, type ActionResult } from "@/server/action";
import { resetPassword } from "@/server/accounts/reset-password";
import { resetPasswordSchema } from "@/lib/validation/accounts";

export type ResetPasswordState = ActionResult<void> | { ok: null };

const reset = publicAction(resetPasswordSchema, async (input) => {
  await resetPassword(input);
  // Every session of the person has ended, this browser's included: they sign in with the new password.
  redirect("/sign-in?password=reset");
});

export async function resetPasswordAction(_previous: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  return reset(formData);
}
