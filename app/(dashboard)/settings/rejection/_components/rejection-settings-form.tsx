"use client";

import { useFieldArray } from "react-hook-form";
import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TEMPLATE_PLACEHOLDERS } from "@/lib/board/rejection-email";
import { rejectionSettingsSchema, type RejectionSettingsInput } from "@/lib/validation/pipeline";
import { updateRejectionSettingsAction } from "../actions";

export function RejectionSettingsForm({ canEdit, defaultValues }: { canEdit: boolean; defaultValues: RejectionSettingsInput }) {
  const form = useServerForm<RejectionSettingsInput>({ action: updateRejectionSettingsAction, schema: rejectionSettingsSchema, defaultValues });
  const { register, control } = form;
  const errors = form.formState.errors;
  const reasons = useFieldArray({ control, name: "reasons" });

  return (
    <SettingsForm form={form} label="Rejection settings" savedMessage="Saved. New rejections use these reasons and this email." canSave={canEdit}>
      <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-6">
        <section aria-labelledby="reasons-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="reasons-heading" className="text-lg font-semibold">
            Rejection reasons
          </h2>
          {errors.reasons?.root?.message && <p className="mt-2 text-sm text-red-700">{errors.reasons.root.message}</p>}
          {errors.reasons?.message && <p className="mt-2 text-sm text-red-700">{errors.reasons.message}</p>}
          <ol className="mt-3 flex flex-col gap-3">
            {reasons.fields.map((field, index) => (
              <li key={field.id} className="flex items-end gap-2">
                <Field label={`Reason ${index + 1}`} className="flex-1" error={errors.reasons?.[index]?.value?.message} {...register(`reasons.${index}.value`)} />
                {canEdit && (
                  <Button variant="ghost" onClick={() => reasons.remove(index)} disabled={reasons.fields.length === 1}>
                    Remove<span className="sr-only"> reason {index + 1}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {canEdit && (
            <Button variant="secondary" className="mt-3" onClick={() => reasons.append({ value: "" }, { shouldFocus: true })}>
              Add a reason
            </Button>
          )}
        </section>
        <section aria-labelledby="email-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="email-heading" className="text-lg font-semibold">
            Rejection email
          </h2>
          <p id="placeholders-hint" className="mt-1 text-sm text-slate-700">
            You can use {TEMPLATE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ")}; Candor fills them in for each applicant.
          </p>
          <div className="mt-3 flex flex-col gap-4">
            <Field label="Subject" error={errors.subject?.message} {...register("subject")} />
            <div className="flex flex-col gap-1">
              <label htmlFor="rejection-body" className="text-sm font-medium text-slate-900">
                Message
              </label>
              <textarea
                id="rejection-body"
                rows={10}
                aria-invalid={errors.body ? true : undefined}
                aria-describedby={errors.body ? "rejection-body-error placeholders-hint" : "placeholders-hint"}
                className="rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900 shadow-sm"
                {...register("body")}
              />
              {errors.body && (
                <p id="rejection-body-error" className="text-sm text-red-700">
                  {errors.body.message}
                </p>
              )}
            </div>
          </div>
        </section>
      </fieldset>
    </SettingsForm>
  );
}
