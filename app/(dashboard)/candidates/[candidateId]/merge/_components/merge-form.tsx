"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { mergeCandidatesSchema } from "@/lib/validation/candidate-search";
import { mergeCandidatesAction } from "../actions";

type Values = z.input<typeof mergeCandidatesSchema>;
type Side = { id: string; name: string; email: string; phone: string | null };

export function MergeForm({ survivor, merged }: { survivor: Side; merged: Side }) {
  // On success the action redirects to the merged record's page.
  const form = useServerForm<Values, z.output<typeof mergeCandidatesSchema>>({
    action: mergeCandidatesAction,
    schema: mergeCandidatesSchema,
    defaultValues: { survivorId: survivor.id, mergedId: merged.id, keepDetailsOf: "survivor" },
  });
  const { register } = form;
  const confirmError = form.fieldError("confirm");
  const detailsError = form.fieldError("keepDetailsOf");
  const options = [
    { value: "survivor", side: survivor },
    { value: "merged", side: merged },
  ] as const;

  return (
    <form
      {...form.formProps}
      aria-label="Merge candidates"
      className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5"
    >
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <fieldset aria-describedby={detailsError ? "keep-details-error" : undefined}>
        <legend className="text-sm font-semibold text-slate-900">Contact details to keep</legend>
        <div className="mt-2 flex flex-col gap-2">
          {options.map(({ value, side }) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" className="mt-1" {...form.registerRadio("keepDetailsOf", value)} />
              <span>
                <span className="font-medium">{side.name}</span>
                <span className="text-slate-700">
                  {" "}
                  · {side.email}
                  {side.phone && ` · ${side.phone}`}
                </span>
              </span>
            </label>
          ))}
        </div>
        {detailsError && (
          <p id="keep-details-error" className="mt-1 text-sm text-red-700">
            {detailsError}
          </p>
        )}
      </fieldset>
      <div>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            value="yes"
            className="mt-1"
            aria-invalid={confirmError ? true : undefined}
            aria-describedby={confirmError ? "confirm-merge-error" : undefined}
            {...register("confirm")}
          />
          <span>
            Move all of {merged.name}&apos;s applications, notes and files to {survivor.name}&apos;s record. The merge can&apos;t be undone.
          </span>
        </label>
        {confirmError && (
          <p id="confirm-merge-error" className="mt-1 text-sm text-red-700">
            {confirmError}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Merging…" : "Merge records"}
        </Button>
      </div>
    </form>
  );
}
