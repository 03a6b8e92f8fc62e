"use server";

import { revalidatePath } from "next/cache";
import { memberAction } from "@/server/action";
import { revalidateCareers } from "@/server/cache/public";
import { updateDocumentPolicy } from "@/server/organization/update-document-policy";
import { updateOrganizationProfile } from "@/server/organization/update-organization-profile";
import { documentPolicySchema, organizationProfileSchema } from "@/lib/validation/organization";

/** Admins edit the organisation's profile and careers branding; its careers pages show the change at once. */
export const updateOrganizationProfileAction = memberAction("organization.manage", organizationProfileSchema, async (input, member) => {
  const { slug, changed } = await updateOrganizationProfile(member, input);
  revalidateCareers(slug);
  // The organisation's name is in every dashboard page's header.
  revalidatePath("/", "layout");
  return { changed };
});

/** Admins decide whether applications may bring documents with macros or embedded objects. */
export const updateDocumentPolicyAction = memberAction("organization.manage", documentPolicySchema, async (input, member) => {
  const result = await updateDocumentPolicy(member, input);
  revalidatePath("/settings/organization");
  return result;
});
