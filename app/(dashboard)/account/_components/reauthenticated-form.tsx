"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { passwordReauthenticationSchema, reauthenticationSchema } from "@/lib/validation/accounts";
import { CurrentPasswordField } from "./current-password-field";

type Values = z.input<typeof reauthenticationSchema>;

/**
 * A two-factor change that asks the person to prove again it is them: the current password, or for an
 * account without one (single sign-on only) nothing here, since the server accepts a recent sign-in.
 */
export function ReauthenticatedForm({
  name,
  action,
  submitLabel,
  pendingLabel,
  reauthentication,
  recentSignInMinutes,
  email,
  hint,
  variant = "primary",
}: {
  /** The form's accessible name. */
  name: string;
  action: (input: Values) => Promise<ActionResult<unknown>>;
  submitLabel: string;
  pendingLabel: string;
  reauthentication: "password" | "recent_sign_in";
  recentSignInMinutes: number;
  email: string;
  hint?: string;
  variant?: "primary" | "secondary";
}) {
  const withPassword = reauthentication === "password";
  const form = useServerForm<Values>({
    action,
    schema: withPassword ? passwordReauthenticationSchema : reauthenticationSchema,
    defaultValues: withPassword ? { currentPassword: "" } : {},
  });
  return (
    <form {...form.formProps} aria-label={name} className="mt-4 flex max-w-md flex-col gap-3">
      {withPassword ? (
        <CurrentPasswordField email={email} hint={hint} error={form.fieldError("currentPassword")} {...form.register("currentPassword")} />
      ) : (
        <p className="text-sm text-slate-700">
          You sign in with single sign-on, so no password is asked for here: this works for {recentSignInMinutes} minutes after you sign in.
          {hint ? ` ${hint}` : ""}
        </p>
      )}
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div>
        <Button type="submit" variant={variant} disabled={form.pending}>
          {form.pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
