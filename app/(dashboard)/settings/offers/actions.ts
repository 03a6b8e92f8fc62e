"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { offerSettingsSchema } from "@/lib/validation/offers";
import { updateOfferSettings } from "@/server/offers/update-offer-settings";

export const updateOfferSettingsAction = memberAction("settings.offers.edit", offerSettingsSchema, async (input, member) => {
  await updateOfferSettings(member, input);
  revalidatePath("/settings/offers");
});
