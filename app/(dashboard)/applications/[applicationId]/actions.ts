"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { createOfferSchema, decideOfferSchema, offerRefSchema, updateOfferSchema } from "@/lib/validation/offers";
import { createOffer } from "@/server/offers/create-offer";
import { decideOffer } from "@/server/offers/decide-offer";
import { submitOffer } from "@/server/offers/submit-offer";
import { updateOffer } from "@/server/offers/update-offer";

// The application page's Offer section. Each action re-checks the job and the step in its use case.

// The Hiring overview lists the offers waiting at each member's approval step.
const refresh = () => {
  revalidatePath("/applications/[applicationId]", "page");
  revalidatePath("/hiring");
};

export const createOfferAction = memberAction("offers.manage", createOfferSchema, async (input, member) => {
  const result = await createOffer(member, input);
  refresh();
  return result;
});

export const updateOfferAction = memberAction("offers.manage", updateOfferSchema, async (input, member) => {
  const result = await updateOffer(member, input);
  refresh();
  return result;
});

export const submitOfferAction = memberAction("offers.manage", offerRefSchema, async (input, member) => {
  const result = await submitOffer(member, input);
  refresh();
  return result;
});

export const decideOfferAction = memberAction("offers.approve", decideOfferSchema, async (input, member) => {
  const result = await decideOffer(member, input);
  refresh();
  return result;
});
