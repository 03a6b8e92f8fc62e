"use client";

import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { decideOfferSchema } from "@/lib/validation/offers";
import { decideOfferAction } from "../actions";

type Values = { offerId: string; version: number; decision: "approve" | "reject"; comment: string };

/** The approver's step: approve or decline, with a comment (required to decline). */
export function OfferDecisionForm({ offerId, version }: { offerId: string; version: number }) {
  const form = useServerForm<Values>({ action: decideOfferAction, schema: decideOfferSchema as never, defaultValues: { offerId, version, decision: "approve", comment: "" } });
  const { register } = form;
  const errors = form.formState.errors;
  return (
    <form {...form.formProps} aria-label="Your approval" className="mt-4 flex flex-col gap-3 rounded-md bg-slate-50 p-4">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="text-sm font-medium">Your decision</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...form.registerRadio("decision", "approve")} /> Approve
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" {...form.registerRadio("decision", "reject")} /> Decline
        </label>
      </fieldset>
      <TextAreaField label="Comment" hint="Required when you decline." rows={3} error={errors.comment?.message} {...register("comment")} />
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Recording…" : "Record my decision"}
        </Button>
      </div>
    </form>
  );
}
