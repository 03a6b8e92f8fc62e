"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { rejectionSettingsSchema } from "@/lib/validation/pipeline";
import { updateRejectionSettings } from "@/server/pipeline/update-rejection-settings";

export const updateRejectionSettingsAction = memberAction("settings.rejection.edit", rejectionSettingsSchema, async (input, member) => {
  await updateRejectionSettings(member, input);
  revalidatePath("/settings/rejection");
});
