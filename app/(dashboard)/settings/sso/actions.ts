"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { updateSsoSettings } from "@/server/sso/sso-settings";
import { ssoSettingsSchema } from "@/lib/validation/sso";

/** Admins point Candor at their identity provider and say who may join through it. */
export const updateSsoSettingsAction = memberAction("organization.manage", ssoSettingsSchema, async (input, member) => {
  await updateSsoSettings(member, input);
  revalidatePath("/settings/sso");
  return null;
});
