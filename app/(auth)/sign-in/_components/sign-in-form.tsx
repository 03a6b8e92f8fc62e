"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { signInSchema } from "@/lib/validation/auth";
import { signInAction, type SignInState } from "../actions";
import { TwoFactorStep } from "./two-factor-step";

type Values = z.input<typeof signInSchema>;

/**
 * Email and password, then a code for an account with two-factor. `codeStep`: the first step happened
 * elsewhere (single sign-on, an invitation), and the form starts at the code.
 */
export function SignInForm({ callbackUrl, codeStep }: { callbackUrl?: string; codeStep?: { challenge: string; email: string } }) {
  const [state, formAction, pending] = useActionState<SignInState, FormData>(signInAction, { ok: null, ...codeStep });
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "", callbackUrl },
  });

  // After a refused attempt the password starts empty again, as it does when the page reloads without JavaScript.
  useEffect(() => {
    if (state.ok === false) resetField("password");
  }, [state, resetField]);

  const serverErrors = state.ok === false ? state.fieldErrors : undefined;
  const formError = state.ok === false && state.code !== "VALIDATION" ? state.formError : undefined;

  if (state.challenge) return <TwoFactorStep state={{ ...state, challenge: state.challenge }} formAction={formAction} pending={pending} callbackUrl={callbackUrl} />;

  return (
    <form
      action={formAction}
      aria-label="Sign in"
      noValidate
      onSubmit={submitAfterCheck(handleSubmit, formAction)}
      className="flex flex-col gap-5"
    >
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" {...register("callbackUrl")} />
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        error={errors.email?.message ?? serverErrors?.email?.[0]}
        {...register("email")}
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message ?? serverErrors?.password?.[0]}
        {...register("password")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
