"use server";

import { redirect } from "next/navigation";
import { accountAction } from "@/server/action";
import { switchOrganization } from "@/server/auth/switch-organization";
import { switchOrganizationSchema } from "@/lib/validation/members";

/**
 * The header's organisation switcher: the next pages are the chosen organisation's. An account action, so
 * a member whose organisation requires two-factor they have not set up can still move to their other
 * organisations; the one that requires it stays closed to them (getCurrentMember) until they have.
 */
export const switchOrganizationAction = accountAction(switchOrganizationSchema, async ({ organization }) => {
  await switchOrganization(organization);
  redirect("/jobs");
});
