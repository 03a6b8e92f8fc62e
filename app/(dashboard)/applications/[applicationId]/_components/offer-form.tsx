"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { payPeriods } from "@/lib/enums";
import { createOfferSchema, updateOfferSchema, type OfferTermsForm } from "@/lib/validation/offers";
import { createOfferAction, updateOfferAction } from "../actions";

const periodLabels: Record<(typeof payPeriods)[number], string> = { hour: "Per hour", day: "Per day", week: "Per week", month: "Per month", year: "Per year" };

type Target = { applicationId: string } | { offerId: string; version: number };

/** Drafts an offer, or edits the draft: the terms the letter and the candidate's page show. */
export function OfferForm({ target, defaultValues, onDone }: { target: Target; defaultValues: OfferTermsForm; onDone?: () => void }) {
  const editing = "offerId" in target;
  const form = useServerForm<OfferTermsForm & Target>({
    action: editing ? updateOfferAction : createOfferAction,
    schema: (editing ? updateOfferSchema : createOfferSchema) as never,
    defaultValues: { ...defaultValues, ...target },
    onSuccess: () => onDone?.(),
  });
  const { register } = form;
  const errors = form.formState.errors as Partial<Record<keyof OfferTermsForm, { message?: string }>>;
  return (
    <form {...form.formProps} aria-label={editing ? "Edit the offer" : "Draft an offer"} className="mt-4 grid gap-4 sm:grid-cols-2">
      {form.formError && (
        <div className="sm:col-span-2">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <Field label="Salary" inputMode="decimal" error={errors.salaryAmount?.message} {...register("salaryAmount")} />
      <div className="grid grid-cols-2 gap-3">
        <Field label="Currency" hint="ISO code, e.g. EUR" maxLength={3} autoCapitalize="characters" error={errors.currency?.message} {...register("currency")} />
        <SelectField label="Paid" error={errors.salaryPeriod?.message} {...register("salaryPeriod")}>
          {payPeriods.map((period) => (
            <option key={period} value={period}>
              {periodLabels[period]}
            </option>
          ))}
        </SelectField>
      </div>
      <Field label="Start date" type="date" error={errors.startDate?.message} {...register("startDate")} />
      <Field label="Offer expires on" type="date" hint="The candidate can answer until the end of this day (UTC)." error={errors.expiresOn?.message} {...register("expiresOn")} />
      <Field label="Bonus" hint="Optional" error={errors.bonus?.message} {...register("bonus")} />
      <Field label="Equity" hint="Optional" error={errors.equity?.message} {...register("equity")} />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Saving…" : editing ? "Save the offer" : "Draft the offer"}
        </Button>
      </div>
    </form>
  );
}
