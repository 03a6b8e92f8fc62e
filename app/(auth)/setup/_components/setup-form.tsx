"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { submitAfterCheck } from "@/lib/forms";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/password";
import { setupSchema } from "@/lib/validation/organization";
import { setupAction, type SetupState } from "../actions";

type Values = z.input<typeof setupSchema>;

/** A public form: it works without JavaScript (a plain post), and checks the fields in the browser with it. */
export function SetupForm({ timeZones }: { timeZones: string[] }) {
  const [state, formAction, pending] = useActionState<SetupState, FormData>(setupAction, { ok: null });
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof setupSchema>>({
    resolver: zodResolver(setupSchema),
    defaultValues: { timeZone: "UTC", ...state.values },
  });

  // The browser's own zone is the likeliest answer.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!state.values && timeZones.includes(zone)) setValue("timeZone", zone);
  }, [state.values, timeZones, setValue]);

  const server = state.ok === false ? state.fieldErrors : undefined;
  const formError = state.ok === false && state.code !== "VALIDATION" ? state.formError : undefined;
  useEffect(() => {
    const first = (["setupCode", "name", "slug", "website", "adminName", "adminEmail", "password"] as const).find((field) => server?.[field]);
    if (first) setFocus(first);
  }, [server, setFocus]);
  const error = (field: keyof Values) => errors[field]?.message ?? server?.[field]?.[0];
  const values = state.values ?? {};

  return (
    <form action={formAction} aria-label="Set up Candor" noValidate onSubmit={submitAfterCheck(handleSubmit, formAction)} className="flex flex-col gap-5">
      {formError && <Alert>{formError}</Alert>}
      <Field label="Setup code" autoComplete="off" spellCheck={false} hint="Printed in the server's log at start." error={error("setupCode")} {...register("setupCode")} />
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 font-semibold">Organisation</legend>
        <Field label="Organisation name" autoComplete="organization" defaultValue={values.name} error={error("name")} {...register("name")} />
        <Field
          label="Careers page address"
          hint="Lowercase letters, digits and hyphens: your careers page will be at /careers/your-address."
          autoComplete="off"
          defaultValue={values.slug}
          error={error("slug")}
          {...register("slug")}
        />
        <Field label="Website (optional)" type="url" autoComplete="url" defaultValue={values.website} error={error("website")} {...register("website")} />
        <SelectField label="Time zone" defaultValue={values.timeZone ?? "UTC"} error={error("timeZone")} {...register("timeZone")}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 font-semibold">Your admin account</legend>
        <Field label="Your name" autoComplete="name" defaultValue={values.adminName} error={error("adminName")} {...register("adminName")} />
        <Field label="Email" type="email" autoComplete="username" defaultValue={values.adminEmail} error={error("adminEmail")} {...register("adminEmail")} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters, not a common password.`}
          error={error("password")}
          {...register("password")}
        />
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create organisation"}
      </Button>
    </form>
  );
}
