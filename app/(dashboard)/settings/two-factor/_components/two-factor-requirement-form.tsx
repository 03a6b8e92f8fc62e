"use client";

import { CheckboxSettingForm } from "@/components/forms/checkbox-setting-form";
import { twoFactorRequirementSchema } from "@/lib/validation/accounts";
import { updateTwoFactorRequirementAction } from "../actions";

export function TwoFactorRequirementForm({ requireTwoFactor }: { requireTwoFactor: boolean }) {
  return (
    <CheckboxSettingForm
      action={updateTwoFactorRequirementAction}
      schema={twoFactorRequirementSchema}
      name="requireTwoFactor"
      checked={requireTwoFactor}
      formLabel="Two-factor rule"
      label="Require two-factor authentication for every member"
      description="Members without it are sent to set it up before they can use Candor, from their next page. Turn it on for your own account first."
      savedMessage="Two-factor rule saved."
    />
  );
}
