"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { ssoStartSchema } from "@/lib/validation/sso";
import { startSsoAction, type SsoStartState } from "../actions";

type Values = z.input<typeof ssoStartSchema>;

/**
 * Finds the organisation, then leaves for its identity provider: with JavaScript at once, without it by
 * the link the answer shows (the form works either way).
 */
export function SsoStartForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, formAction, pending] = useActionState<SsoStartState, FormData>(startSsoAction, { ok: null });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof ssoStartSchema>>({
    resolver: zodResolver(ssoStartSchema),
    defaultValues: { identifier: "", callbackUrl },
  });

  const found = state.ok === true ? state.data : undefined;
  useEffect(() => {
    if (found) window.location.assign(found.startUrl);
  }, [found]);

  const fieldError = errors.identifier?.message ?? (state.ok === false ? state.fieldErrors?.identifier?.[0] : undefined);
  const formError = state.ok === false && !state.fieldErrors ? state.formError : undefined;

  return (
    <form action={formAction} aria-label="Sign in with SSO" noValidate onSubmit={submitAfterCheck(handleSubmit, formAction)} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" {...register("callbackUrl")} />
      <Field
        label="Work email"
        type="text"
        inputMode="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        hint="Or your organisation's Candor ID: acme for careers pages at /careers/acme."
        defaultValue={state.identifier}
        error={fieldError}
        {...register("identifier")}
      />
      {found && (
        <p role="status" className="text-sm">
          <a href={found.startUrl} className="font-medium text-indigo-700 hover:underline">
            Continue to {found.organizationName}&apos;s sign-in page
          </a>
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Finding your organisation…" : "Continue"}
      </Button>
    </form>
  );
}
