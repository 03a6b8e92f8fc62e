"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { twoFactorRequirementSchema } from "@/lib/validation/accounts";
import { updateTwoFactorRequirementAction } from "../actions";

export function TwoFactorRequirementForm({ requireTwoFactor }: { requireTwoFactor: boolean }) {
  const [saved, setSaved] = useState(false);
  const form = useServerForm<z.input<typeof twoFactorRequirementSchema>, z.output<typeof twoFactorRequirementSchema>>({
    action: updateTwoFactorRequirementAction,
    schema: twoFactorRequirementSchema,
    defaultValues: { requireTwoFactor },
    onSuccess: () => setSaved(true),
  });
  return (
    <form
      {...form.formProps}
      aria-label="Two-factor rule"
      onSubmit={(event) => {
        setSaved(false);
        form.formProps.onSubmit(event);
      }}
      className="flex flex-col gap-4"
    >
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...form.register("requireTwoFactor")} />
        <span>
          <span className="font-medium">Require two-factor authentication for every member</span>
          <span className="block text-slate-700">
            Members without it are sent to set it up before they can use Candor, from their next page. Turn it on for your own account first.
          </span>
        </span>
      </label>
      <div aria-live="polite">
        {form.formError ? <Alert id={form.alertId}>{form.formError}</Alert> : saved && <Alert tone="info">Two-factor rule saved.</Alert>}
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
