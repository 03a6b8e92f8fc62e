"use client";

import { useState } from "react";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { offerApproverRoles } from "@/lib/enums";
import { approverRoleLabels, LETTER_FIELDS } from "@/lib/offers/letter";
import { offerSettingsSchema, type OfferSettingsForm as Values } from "@/lib/validation/offers";
import { updateOfferSettingsAction } from "../actions";

const steps = ["step1", "step2", "step3"] as const;

/** The ordered approver roles (up to three steps, blank ones skipped) and the letter's Markdown template. */
export function OfferSettingsForm({ defaultValues }: { defaultValues: Values }) {
  const [saved, setSaved] = useState(false);
  const form = useServerForm<Values>({ action: updateOfferSettingsAction, schema: offerSettingsSchema as never, defaultValues, onSuccess: () => setSaved(true) });
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        setSaved(false);
        form.formProps.onSubmit(event);
      }}
      aria-label="Offer settings"
      className="mt-6 flex max-w-2xl flex-col gap-6"
    >
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <SavedNotice shown={saved}>Saved. Offers sent for approval from now on use this chain and letter.</SavedNotice>
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
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
