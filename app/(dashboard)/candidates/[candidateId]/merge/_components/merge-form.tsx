"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitAfterCheck } from "@/lib/forms";
import { mergeCandidatesSchema } from "@/lib/validation/candidate-search";
import { mergeCandidatesFormAction, type MergeFormState } from "../actions";

type Values = z.input<typeof mergeCandidatesSchema>;
type Side = { id: string; name: string; email: string; phone: string | null };

export function MergeForm({ survivor, merged }: { survivor: Side; merged: Side }) {
  const [state, formAction, pending] = useActionState<MergeFormState, FormData>(mergeCandidatesFormAction, { ok: null });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values, unknown, z.output<typeof mergeCandidatesSchema>>({
    resolver: zodResolver(mergeCandidatesSchema),
    defaultValues: { survivorId: survivor.id, mergedId: merged.id, keepDetailsOf: "survivor" },
  });
  const serverErrors = state.ok === false ? state.fieldErrors : undefined;
  const formError = state.ok === false ? state.formError : undefined;
  const confirmError = errors.confirm?.message ?? serverErrors?.confirm?.[0];
  const detailsError = errors.keepDetailsOf?.message ?? serverErrors?.keepDetailsOf?.[0];
  const options = [
    { value: "survivor", side: survivor },
    { value: "merged", side: merged },
  ] as const;

  return (
    <form
      action={formAction}
      aria-label="Merge candidates"
      noValidate
      onSubmit={submitAfterCheck(handleSubmit, formAction)}
      className="flex flex-col gap-5 rounded-lg border border-slate-200 bg-white p-5"
    >
      {formError && <Alert>{formError}</Alert>}
      <input type="hidden" {...register("survivorId")} />
      <input type="hidden" {...register("mergedId")} />
      <fieldset aria-describedby={detailsError ? "keep-details-error" : undefined}>
        <legend className="text-sm font-semibold text-slate-900">Contact details to keep</legend>
        <div className="mt-2 flex flex-col gap-2">
          {options.map(({ value, side }) => (
            <label key={value} className="flex items-start gap-2 text-sm">
              <input type="radio" value={value} className="mt-1" {...register("keepDetailsOf")} />
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
        <Button type="submit" disabled={pending}>
          {pending ? "Merging…" : "Merge records"}
        </Button>
      </div>
    </form>
  );
}
