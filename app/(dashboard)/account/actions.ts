"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accountAction } from "@/server/action";
import { changePassword } from "@/server/accounts/change-password";
import { changeAvailability } from "@/server/accounts/change-availability";
import { changeTimeZone } from "@/server/accounts/change-time-zone";
import { endAllSessions } from "@/server/accounts/end-all-sessions";
import { confirmTwoFactorEnrolment, removeTwoFactor, startTwoFactorEnrolment } from "@/server/accounts/two-factor";
import { signOut } from "@/server/auth";
import { changePasswordSchema, reauthenticationSchema, timeZoneSettingSchema, twoFactorCodeSchema } from "@/lib/validation/accounts";
import { availabilitySettingsSchema } from "@/lib/validation/interviews";

// Every action here works on the signed-in person's own account, whatever their role: none takes a user id.

export const changePasswordAction = accountAction(changePasswordSchema, async (input, member) => {
  const result = await changePassword(member, input);
  revalidatePath("/account");
  return result;
});

/** Ends every session of the person, this one too, and clears this browser's cookie. */
export const signOutEverywhereAction = accountAction(z.object({}), async (_input, member) => {
  await endAllSessions(member);
  await signOut({ redirectTo: "/sign-in" });
});

export const startTwoFactorAction = accountAction(reauthenticationSchema, async (input, member) => {
  await startTwoFactorEnrolment(member, input);
  revalidatePath("/account");
  return null;
});

/** Not revalidated: the page must keep showing the recovery codes this returns until the person has saved them. */
export const confirmTwoFactorAction = accountAction(twoFactorCodeSchema, async ({ code }, member) => confirmTwoFactorEnrolment(member, code));

export const removeTwoFactorAction = accountAction(reauthenticationSchema, async (input, member) => {
  await removeTwoFactor(member, input);
  revalidatePath("/account");
  return null;
});

/** Every dashboard page shows times in the new zone, so the whole dashboard is revalidated. */
export const changeTimeZoneAction = accountAction(timeZoneSettingSchema, async (input, member) => {
  const result = await changeTimeZone(member, input);
  revalidatePath("/", "layout");
  return result;
});

/** When candidates may book the person for interviews, and the calendar feed whose busy times are left out. */
export const changeAvailabilityAction = accountAction(availabilitySettingsSchema, (input, member) => changeAvailability(member, input));
