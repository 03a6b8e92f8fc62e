"use server";

import { revalidatePath } from "next/cache";
import { updateRejectionSettings } from "@/db/queries/pipeline";
import { memberAction } from "@/server/action";
import { rejectionSettingsSchema } from "@/lib/validation/pipeline";

export const updateRejectionSettingsAction = memberAction("settings.rejection.edit", rejectionSettingsSchema, async (input, member) => {
  await updateRejectionSettings(member, input);
  revalidatePath("/settings/rejection");
});
