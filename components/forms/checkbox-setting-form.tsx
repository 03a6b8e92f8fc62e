"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
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
  const [saved, setSaved] = useState(false);
  const form = useServerForm<Record<string, boolean>, Record<Name, boolean>>({
    action,
    schema,
    defaultValues: { [name]: checked },
    onSuccess: () => setSaved(true),
  });
  return (
    <form
      {...form.formProps}
      aria-label={formLabel}
      onSubmit={(event) => {
        setSaved(false);
        form.formProps.onSubmit(event);
      }}
      className="flex max-w-2xl flex-col gap-4"
    >
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...form.register(name)} />
        <span>
          <span className="font-medium">{label}</span>
          <span className="block text-slate-700">{description}</span>
        </span>
      </label>
      <div aria-live="polite">
        {form.formError ? <Alert id={form.alertId}>{form.formError}</Alert> : saved && <Alert tone="info">{savedMessage}</Alert>}
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
