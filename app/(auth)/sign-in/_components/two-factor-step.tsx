"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { signInCodeSchema } from "@/lib/validation/accounts";
import type { SignInState } from "../actions";

type Values = z.input<typeof signInCodeSchema>;

/**
 * The second step of signing in for a user with two-factor: the password was right, and the page holds
 * the signed challenge it earned (not the password). Posts to the same action as the first step, so it
 * works without JavaScript too.
 */
export function TwoFactorStep({
  state,
  formAction,
  pending,
  callbackUrl,
}: {
  state: SignInState & { challenge: string };
  formAction: (formData: FormData) => void;
  pending: boolean;
  callbackUrl?: string;
}) {
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof signInCodeSchema>>({
    resolver: zodResolver(signInCodeSchema),
    defaultValues: { challenge: state.challenge, code: "", callbackUrl },
  });

  useEffect(() => {
    if (state.ok === false) resetField("code");
  }, [state, resetField]);

  const formError = state.ok === false && state.code !== "VALIDATION" ? state.formError : undefined;
  return (
    <form
      action={formAction}
      aria-label="Two-factor authentication"
      noValidate
      onSubmit={submitAfterCheck(handleSubmit, formAction)}
      className="flex flex-col gap-5"
    >
      <p className="text-sm text-slate-700">
        {state.email ? `Signing in as ${state.email}. ` : ""}Open your authenticator app and enter the code it shows for Candor.
      </p>
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" defaultValue={state.challenge} {...register("challenge")} />
      <input type="hidden" defaultValue={callbackUrl} {...register("callbackUrl")} />
      <input type="hidden" name="email" defaultValue={state.email} />
      <Field
        label="Authentication code"
        hint="The six-digit code from your app. Lost your phone? Enter one of your recovery codes instead."
        autoComplete="one-time-code"
        autoFocus
        spellCheck={false}
        error={errors.code?.message ?? (state.ok === false ? state.fieldErrors?.code?.[0] : undefined)}
        {...register("code")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "Verify"}
      </Button>
      <a href="/sign-in" className="text-center text-sm font-medium text-indigo-700 hover:underline">
        Start again with another account
      </a>
    </form>
  );
}
