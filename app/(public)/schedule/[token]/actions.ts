"use server";

import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { bookSlotSchema } from "@/lib/validation/interviews";
import { bookSchedulingSlot, NO_TIMES_NOW_MESSAGE, SLOT_TAKEN_MESSAGE } from "@/server/interviews/book-scheduling-slot";

// The link is the candidate's only credential: the use case reads it again from the token.

/** Books the chosen slot, then shows the page again (a plain form post: this works without JavaScript). */
export async function bookSlotAction(token: string, formData: FormData) {
  const page = `/schedule/${encodeURIComponent(token)}`;
  const input = bookSlotSchema.safeParse({ slot: formData.get("slot") ?? undefined, tz: formData.get("tz") ?? undefined });
  const tz = input.success ? input.data.tz : "UTC";
  const back = (outcome: string) => `${page}?${outcome}&tz=${encodeURIComponent(tz)}`;
  if (!input.success) redirect(back("error=choose"));
  let outcome = "booked=1";
  try {
    await bookSchedulingSlot(token, new Date(input.data.slot));
  } catch (error) {
    if (!(error instanceof AppError)) console.error("candor: booking failed", error);
    const known: Record<string, string> = { [SLOT_TAKEN_MESSAGE]: "error=taken", [NO_TIMES_NOW_MESSAGE]: "error=unavailable" };
    outcome = error instanceof AppError ? (known[error.message] ?? "error=closed") : "error=failed";
  }
  redirect(back(outcome));
}
