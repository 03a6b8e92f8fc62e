"use client";

import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { offerApproverRoles } from "@/lib/enums";
import { approverRoleLabels, LETTER_FIELDS } from "@/lib/offers/letter";
import { offerSettingsSchema, type OfferSettingsForm as Values } from "@/lib/validation/offers";
import { updateOfferSettingsAction } from "../actions";

const steps = ["step1", "step2", "step3"] as const;

/** The ordered approver roles (up to three steps, blank ones skipped) and the letter's Markdown template. */
export function OfferSettingsForm({ defaultValues }: { defaultValues: Values }) {
  const form = useServerForm<Values>({ action: updateOfferSettingsAction, schema: offerSettingsSchema as never, defaultValues });
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <SettingsForm form={form} label="Offer settings" savedMessage="Saved. Offers sent for approval from now on use this chain and letter.">
      <section aria-labelledby="chain-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="chain-heading" className="text-lg font-semibold">
          Approval chain
        </h2>
        <p className="mt-1 text-sm text-slate-700">Leave every step empty to send offers to candidates without approval.</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <SelectField key={step} label={`Approver ${index + 1}`} error={errors[step]?.message} {...register(step)}>
              <option value="">No one</option>
              {offerApproverRoles.map((role) => (
                <option key={role} value={role}>
                  {approverRoleLabels[role]}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      </section>
      <section aria-labelledby="letter-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="letter-heading" className="text-lg font-semibold">
          Offer letter
        </h2>
        <TextAreaField
          label="Letter template (Markdown)"
          hint={`Merge fields: ${LETTER_FIELDS.map((field) => `{{${field}}}`).join(", ")}. The letter is sent as a PDF.`}
          rows={16}
          controlClassName="font-mono text-sm"
          className="mt-3"
          error={errors.template?.message}
          {...register("template")}
        />
      </section>
    </SettingsForm>
  );
}
