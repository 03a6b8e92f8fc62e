"use client";

import type { z } from "zod";
import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Field } from "@/components/ui/field";
import { ssoSettingsSchema } from "@/lib/validation/sso";
import type { SsoSettingsView } from "@/server/sso/sso-settings";
import { updateSsoSettingsAction } from "../actions";

const secretHints: Record<SsoSettingsView["clientSecret"], string> = {
  set: "A client secret is set. Leave this empty to keep it.",
  missing: "Not set yet.",
  unreadable: "The stored secret can no longer be read (the server's AUTH_SECRET changed). Enter it again.",
};

export function SsoSettingsForm({ settings }: { settings: SsoSettingsView }) {
  const form = useServerForm<z.input<typeof ssoSettingsSchema>>({
    action: updateSsoSettingsAction,
    schema: ssoSettingsSchema,
    defaultValues: {
      enabled: settings.enabled,
      issuer: settings.issuer,
      clientId: settings.clientId,
      clientSecret: "",
      allowedDomain: settings.allowedDomain ?? "",
    },
    onSuccess: (_data, { resetField }) => {
      // The secret is never shown back: the field empties, and its hint now says one is set.
      resetField("clientSecret");
    },
  });
  const { register } = form;
  return (
    <SettingsForm
      form={form}
      label="Single sign-on settings"
      savedMessage="Single sign-on settings saved."
      className="mt-6 flex max-w-2xl flex-col gap-5 rounded-lg border border-slate-200 bg-white p-6"
    >
      <Field
        label="Issuer URL"
        type="url"
        spellCheck={false}
        hint="Your identity provider's address, e.g. https://acme.okta.com or https://login.microsoftonline.com/<tenant ID>/v2.0."
        error={form.fieldError("issuer")}
        {...register("issuer")}
      />
      <Field label="Client ID" spellCheck={false} autoComplete="off" error={form.fieldError("clientId")} {...register("clientId")} />
      <Field
        label="Client secret"
        type="password"
        autoComplete="new-password"
        hint={secretHints[settings.clientSecret]}
        error={form.fieldError("clientSecret")}
        {...register("clientSecret")}
      />
      <Field
        label="Allowed email domain"
        spellCheck={false}
        autoComplete="off"
        hint="People whose address in this domain their identity provider has verified join as interviewers the first time they sign in. Leave it empty to let in only members and invited people."
        error={form.fieldError("allowedDomain")}
        {...register("allowedDomain")}
      />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" {...register("enabled")} />
        <span>
          <span className="font-medium">Allow signing in with SSO</span>
          <span className="block text-slate-700">Turned off, nobody can sign in through this identity provider; the settings are kept.</span>
        </span>
      </label>
    </SettingsForm>
  );
}
