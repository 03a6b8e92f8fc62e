"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { forgotPasswordSchema } from "@/lib/validation/accounts";
import { requestPasswordResetAction, type ForgotPasswordState } from "../actions";

type Values = z.input<typeof forgotPasswordSchema>;

/** A public form: a plain <form action> that works without JavaScript, checked in the browser when it runs. */
export function ForgotPasswordForm() {
  const [state, formAction, pending] = useActionState<ForgotPasswordState, FormData>(requestPasswordResetAction, { ok: null });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(forgotPasswordSchema), defaultValues: { email: "" } });

  if (state.ok === true) {
    return (
      <div role="status" className="rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">
        <p className="font-semibold">Check your email</p>
        <p className="mt-1">
          If {state.email} belongs to a Candor account, we have sent it a link to choose a new password. The link works for one hour. Nothing
          arrived? Check your spam folder, or ask again in a few minutes.
        </p>
      </div>
    );
  }

  const formError = state.ok === false && state.code !== "VALIDATION" ? state.formError : undefined;
  return (
    <form
      action={formAction}
      aria-label="Reset your password"
      noValidate
      onSubmit={submitAfterCheck(handleSubmit, formAction)}
      className="flex flex-col gap-5"
    >
      {formError && <Alert>{formError}</Alert>}
      <Field
        label="Email"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        error={errors.email?.message ?? (state.ok === false ? state.fieldErrors?.email?.[0] : undefined)}
        {...register("email")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a reset link"}
      </Button>
    </form>
  );
}
