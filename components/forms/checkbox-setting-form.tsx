"use client";

import type { z } from "zod";
import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ActionResult } from "@/lib/action-result";

type Props<Name extends string> = {
  /** The action that saves the setting: `memberAction(capability, schema, fn)`. */
  action: (input: never) => Promise<ActionResult<unknown>>;
  /** The action's schema: one checkbox, `name`. */
  schema: z.ZodType<Record<Name, boolean>>;
  name: Name;
  checked: boolean;
  /** The form's accessible name. */
  formLabel: string;
  label: string;
  description: string;
  /** Said once the setting is saved. */
  savedMessage: string;
  submitLabel?: string;
};

/** An organisation rule that is on or off (two-factor for everyone, documents with macros), with its own Save. */
export function CheckboxSettingForm<Name extends string>({ action, schema, name, checked, formLabel, label, description, savedMessage, submitLabel = "Save" }: Props<Name>) {
  const form = useServerForm<Record<string, boolean>, Record<Name, boolean>>({
    action,
    schema,
    defaultValues: { [name]: checked },
  });
  return (
    <SettingsForm form={form} label={formLabel} savedMessage={savedMessage} submitLabel={submitLabel} className="flex max-w-2xl flex-col gap-4">
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...form.register(name)} />
        <span>
          <span className="font-medium">{label}</span>
          <span className="block text-slate-700">{description}</span>
        </span>
      </label>
    </SettingsForm>
  );
}
