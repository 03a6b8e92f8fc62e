"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { acceptAsExistingUserSchema, acceptAsNewUserSchema } from "@/lib/validation/members";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import type { AcceptState } from "../actions";

type Action = (state: AcceptState, formData: FormData) => Promise<AcceptState>;

// Public forms: they work without JavaScript (a plain post to the action), and check fields first with it.

function formErrorOf(state: AcceptState) {
  return state.ok === false && state.code !== "VALIDATION" && !state.fieldErrors ? state.formError : undefined;
}

export function NewAccountForm({ action, organizationName }: { action: Action; organizationName: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: null });
  const { register, handleSubmit, setFocus, formState: { errors } } = useForm<z.input<typeof acceptAsNewUserSchema>, unknown, z.output<typeof acceptAsNewUserSchema>>({
    resolver: zodResolver(acceptAsNewUserSchema),
    defaultValues: { name: state.name ?? "" },
  });
  const server = state.ok === false ? state.fieldErrors : undefined;
  useEffect(() => {
    if (server?.name) setFocus("name");
    else if (server?.password) setFocus("password");
  }, [server, setFocus]);
  const formError = formErrorOf(state);
  return (
    <form action={formAction} aria-label="Accept the invitation" noValidate onSubmit={submitAfterCheck(handleSubmit, formAction)} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <Field label="Your name" autoComplete="name" defaultValue={state.name} error={errors.name?.message ?? server?.name?.[0]} {...register("name")} />
      <Field
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters, not a common password.`}
        error={errors.password?.message ?? server?.password?.[0]}
        {...register("password")}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
    </form>
  );
}

export function PasswordJoinForm({ action, organizationName }: { action: Action; organizationName: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: null });
  const { register, handleSubmit, resetField, setFocus, formState: { errors } } = useForm<
    z.input<typeof acceptAsExistingUserSchema>,
    unknown,
    z.output<typeof acceptAsExistingUserSchema>
  >({ resolver: zodResolver(acceptAsExistingUserSchema), defaultValues: { password: "" } });
  const server = state.ok === false ? state.fieldErrors : undefined;
  useEffect(() => {
    if (state.ok === false) {
      resetField("password");
      setFocus("password");
    }
  }, [state, resetField, setFocus]);
  const formError = formErrorOf(state);
  return (
    <form action={formAction} aria-label="Accept the invitation" noValidate onSubmit={submitAfterCheck(handleSubmit, formAction)} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <Field label="Password" type="password" autoComplete="current-password" error={errors.password?.message ?? server?.password?.[0]} {...register("password")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
    </form>
  );
}

export function SignedInJoinForm({ action, organizationName }: { action: Action; organizationName: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: null });
  return (
    <form action={formAction} aria-label="Accept the invitation" className="flex flex-col gap-5">
      {state.ok === false && <Alert>{state.formError}</Alert>}
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${organizationName}`}
      </Button>
    </form>
  );
}
