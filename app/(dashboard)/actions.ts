"use server";

import { redirect } from "next/navigation";
import { memberAction } from "@/server/action";
import { switchOrganization } from "@/server/auth/switch-organization";
import { switchOrganizationSchema } from "@/lib/validation/members";

/** The header's organisation switcher: the next pages are the chosen organisation's. */
export const switchOrganizationAction = memberAction("any", switchOrganizationSchema, async ({ organization }) => {
  await switchOrganization(organization);
  redirect("/jobs");
});
