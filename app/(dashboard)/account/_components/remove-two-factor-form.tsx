"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { removeTwoFactorSchema } from "@/lib/validation/accounts";
import { removeTwoFactorAction } from "../actions";

export function RemoveTwoFactorForm({ requiredByOrganization }: { requiredByOrganization: boolean }) {
  const form = useServerForm<z.input<typeof removeTwoFactorSchema>>({
    action: removeTwoFactorAction,
    schema: removeTwoFactorSchema,
    defaultValues: { proof: "" },
  });
  return (
    <form {...form.formProps} aria-label="Turn off two-factor authentication" className="mt-4 flex max-w-md flex-col gap-3">
      <Field
        label="Your password, or a code from your app"
        type="password"
        autoComplete="current-password"
        hint={requiredByOrganization ? "Your organisation requires two-factor authentication: you will be asked to set it up again." : undefined}
        error={form.fieldError("proof")}
        {...form.register("proof")}
      />
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div>
        <Button type="submit" variant="secondary" disabled={form.pending}>
          {form.pending ? "Turning off…" : "Turn off two-factor authentication"}
        </Button>
      </div>
    </form>
  );
}
