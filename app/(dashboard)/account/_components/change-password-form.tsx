"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePasswordSchema } from "@/lib/validation/accounts";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { changePasswordAction } from "../actions";
import { CurrentPasswordField } from "./current-password-field";

export function ChangePasswordForm({ email }: { email: string }) {
  const [done, setDone] = useState<string>();
  const form = useServerForm<z.input<typeof changePasswordSchema>, z.output<typeof changePasswordSchema>, { sessionsEnded: number }>({
    action: changePasswordAction,
    schema: changePasswordSchema,
    defaultValues: { currentPassword: "", newPassword: "" },
    onSuccess: ({ sessionsEnded }, rhf) => {
      rhf.reset();
      setDone(
        sessionsEnded > 0
          ? `Your password has been changed. ${sessionsEnded} other session${sessionsEnded === 1 ? " was" : "s were"} signed out.`
          : "Your password has been changed.",
      );
    },
  });
  return (
    <form
      {...form.formProps}
      aria-label="Change password"
      onSubmit={(event) => {
        setDone(undefined);
        form.formProps.onSubmit(event);
      }}
      className="flex max-w-md flex-col gap-4"
    >
      <CurrentPasswordField email={email} error={form.fieldError("currentPassword")} {...form.register("currentPassword")} />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Your other devices will be signed out.`}
        error={form.fieldError("newPassword")}
        {...form.register("newPassword")}
      />
      <div aria-live="polite">
        {form.formError ? <Alert id={form.alertId}>{form.formError}</Alert> : done && <Alert tone="info">{done}</Alert>}
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Changing…" : "Change password"}
        </Button>
      </div>
    </form>
  );
}
