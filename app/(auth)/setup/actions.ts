"use server";

import { headers } from "next/headers";
import { publicAction, type ActionResult } from "@/server/action";
import { signIn } from "@/server/auth";
import { clientIp } from "@/server/http/client-ip";
import { completeSetup } from "@/server/setup/complete-setup";
import { setupSchema } from "@/lib/validation/organization";

/** What the form keeps after a refusal: everything typed but the setup code and the password. */
export type SetupValues = { name?: string; slug?: string; website?: string; timeZone?: string; adminName?: string; adminEmail?: string };
export type SetupState = (ActionResult<void> | { ok: null }) & { values?: SetupValues };

const kept = ["name", "slug", "website", "timeZone", "adminName", "adminEmail"] as const;

/** Creates the organisation and its first admin, then signs the admin in and opens Settings → Members. */
export async function setupAction(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const requestHeaders = await headers();
  const origin = { ip: clientIp(requestHeaders), userAgent: requestHeaders.get("user-agent")?.slice(0, 512) ?? null };
  let credentials: { email: string; password: string } | undefined;
  const result = await publicAction(setupSchema, async (data) => {
    await completeSetup(data, origin);
    credentials = { email: data.adminEmail, password: data.password };
  })(formData);
  // Throws Next's redirect on success.
  if (result.ok && credentials) await signIn("credentials", { ...credentials, redirectTo: "/settings/members" });
  const values = Object.fromEntries(kept.map((key) => [key, String(formData.get(key) ?? "").slice(0, 500)]));
  return { ...result, values };
}
