"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { resetPasswordSchema } from "@/lib/validation/accounts";
import { resetPasswordAction, type ResetPasswordState } from "../actions";

type Values = z.input<typeof resetPasswordSchema>;

/** A public form that works without JavaScript; on success the action sends the person to sign in. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, formAction, pending] = useActionState<ResetPasswordState, FormData>(resetPasswordAction, { ok: null });
  const {
    register,
    handleSubmit,
    resetField,
    formState: { errors },
  } = useForm<Values>({ resolver: zodResolver(resetPasswordSchema), defaultValues: { token, password: "" } });

  useEffect(() => {
    if (state.ok === false) resetField("password");
  }, [state, resetField]);

  const linkUnusable = state.ok === false && state.code === "NOT_FOUND";
  const formError = state.ok === false && state.code !== "VALIDATION" ? state.formError : undefined;
  return (
    <form
      action={formAction}
      aria-label="Password reset"
      noValidate
      onSubmit={submitAfterCheck(handleSubmit, formAction)}
      className="flex flex-col gap-5"
    >
      {formError && (
        <Alert>
          {formError}{" "}
          {linkUnusable && (
            <Link href="/forgot-password" className="font-semibold underline">
              Request a new link
            </Link>
          )}
        </Alert>
      )}
      <input type="hidden" defaultValue={token} {...register("token")} />
      {/* For password managers: the account whose password this is. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        error={errors.password?.message ?? (state.ok === false ? state.fieldErrors?.password?.[0] : undefined)}
        {...register("password")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </Button>
    </form>
  );
}
