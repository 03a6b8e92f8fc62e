"use server";

import { headers } from "next/headers";
import { publicAction, type ActionResult } from "@/server/action";
import { requestPasswordReset } from "@/server/accounts/request-password-reset";
import { clientIp } from "@/server/http/client-ip";
import { forgotPasswordSchema } from "@/lib/validation/accounts";

export type ForgotPasswordState = (ActionResult<void> | { ok: null }) & { email?: string };

const requestReset = publicAction(forgotPasswordSchema, async ({ email }) => {
  await requestPasswordReset({ email, ip: clientIp(await headers()) });
});

/** The same answer for every address: whether it has an account is never told. */
export async function requestPasswordResetAction(_previous: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  const result = await requestReset(formData);
  return { ...result, email: String(formData.get("email") ?? "").slice(0, 320) };
}
