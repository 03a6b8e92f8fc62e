"use client";

import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Field, TextAreaField } from "@/components/ui/field";
import { normalizeHexColor } from "@/lib/branding/contrast";
import { MAX_CAREERS_INTRO, MAX_PRIVACY_NOTICE, organizationProfileSchema, type OrganizationProfileFormValues } from "@/lib/validation/organization";
import { updateOrganizationProfileAction } from "../actions";

type Props = {
  /** The current logo's address, or null. */
  logoUrl: string | null;
  defaultRetentionDays: number;
  defaultValues: OrganizationProfileFormValues;
};

export function OrganizationProfileForm({ logoUrl, defaultRetentionDays, defaultValues }: Props) {
  const form = useServerForm<OrganizationProfileFormValues, unknown, { changed: string[] }>({
    action: updateOrganizationProfileAction,
    schema: organizationProfileSchema,
    defaultValues,
    send: "formData", // the logo goes up as multipart
    onSuccess: (_data, rhf) => {
      rhf.resetField("logo");
      rhf.setValue("removeLogo", false);
    },
  });
  const color = normalizeHexColor(String(form.watch("brandColor") ?? ""));

  return (
    <SettingsForm form={form} label="Organisation profile" savedMessage="Organisation settings saved." upload className="flex max-w-2xl flex-col gap-5">
      <Field label="Name" autoComplete="organization" required error={form.fieldError("name")} {...form.register("name")} />
      <Field label="Website" type="url" placeholder="https://example.com" error={form.fieldError("website")} {...form.register("website")} />

      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium text-slate-900">Logo</legend>
        {logoUrl && (
          <div className="flex items-center gap-4">
            {/* Our own logo route; next/image would add nothing for a small logo. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={logoUrl} alt="Current logo" className="h-12 w-auto max-w-48 rounded border border-slate-200 object-contain p-1" />
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" {...form.register("removeLogo")} />
              Remove the logo
            </label>
          </div>
        )}
        <Field
          id="organization-logo"
          label={logoUrl ? "Replace with" : "Upload a logo"}
          type="file"
          accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
          controlClassName="text-sm"
          hint="PNG, JPEG or SVG, at most 1 MB. It shows next to your name on the careers pages and in emails to candidates."
          error={form.fieldError("logo")}
          {...form.register("logo")}
        />
      </fieldset>

      <div className="flex items-start gap-3">
        <Field
          label="Brand colour"
          placeholder="#4338ca"
          className="grow"
          hint="# and six hexadecimal digits. Buttons and links on the careers pages use it; it must be dark enough for white text (WCAG AA, 4.5:1). Empty: Candor’s indigo."
          error={form.fieldError("brandColor")}
          {...form.register("brandColor")}
        />
        <span aria-hidden="true" className="mt-7 size-10 shrink-0 rounded-md border border-slate-300" style={{ background: color ?? "#4338ca" }} />
      </div>

      <TextAreaField
        label="Careers page introduction"
        rows={6}
        maxLength={MAX_CAREERS_INTRO}
        hint="Markdown. Shown above the open positions on your careers page."
        error={form.fieldError("careersIntro")}
        {...form.register("careersIntro")}
      />
      <TextAreaField
        label="Privacy notice"
        rows={10}
        maxLength={MAX_PRIVACY_NOTICE}
        hint="Markdown. Shown on the application form and on your careers site’s privacy page. Empty: Candor’s default notice."
        error={form.fieldError("privacyNotice")}
        {...form.register("privacyNotice")}
      />
      <Field
        label="Privacy notice link (optional)"
        type="url"
        placeholder="https://example.com/privacy/applicants"
        hint="If your notice lives on your own website, applicants’ consent links there instead of to your careers site’s privacy page."
        error={form.fieldError("privacyNoticeUrl")}
        {...form.register("privacyNoticeUrl")}
      />
      <Field
        label="Keep audit log entries for (days)"
        type="number"
        inputMode="numeric"
        min={30}
        max={3650}
        placeholder={String(defaultRetentionDays)}
        hint={`Between 30 and 3,650 days. Empty: the server’s default, ${defaultRetentionDays.toLocaleString("en")} days.`}
        error={form.fieldError("auditRetentionDays")}
        {...form.register("auditRetentionDays")}
      />
    </SettingsForm>
  );
}
