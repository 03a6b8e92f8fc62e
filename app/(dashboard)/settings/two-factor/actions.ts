"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { updateTwoFactorRequirement } from "@/server/accounts/update-two-factor-requirement";
import { twoFactorRequirementSchema } from "@/lib/validation/accounts";

/** Admins decide whether every member of the organisation must use two-factor authentication. */
export const updateTwoFactorRequirementAction = memberAction("organization.manage", twoFactorRequirementSchema, async ({ requireTwoFactor }, member) => {
  await updateTwoFactorRequirement(member, requireTwoFactor);
  revalidatePath("/settings/two-factor");
  return null;
});
