"use client";

import { useState } from "react";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { COMMENT_MAX, decisions, recordDecisionSchema, type RecordDecision, type RecordDecisionInput } from "@/lib/validation/review";
import { recordDecisionAction } from "@/server/review/actions";

const choiceLabels = { approve: "Approve", decline: "Decline" } as const;

/** The hiring manager's approve / decline of the offer; a decline needs a comment. */
export function DecisionForm({ applicationId }: { applicationId: string }) {
  const [recorded, setRecorded] = useState(false);
  const form = useServerForm<RecordDecisionInput, RecordDecision>({
    action: recordDecisionAction,
    schema: recordDecisionSchema,
    defaultValues: { applicationId, comment: "" },
    onSuccess: (_data, { reset }) => {
      reset({ applicationId, comment: "" });
      setRecorded(true);
    },
  });
  const { register } = form;
  const errors = form.formState.errors;

  const commentId = `decision-comment-${applicationId}`;
  const describedBy = [`${commentId}-hint`, errors.comment ? `${commentId}-error` : null].filter(Boolean).join(" ");
  return (
    <form
      {...form.formProps}
      onSubmit={(event) => {
        setRecorded(false);
        form.formProps.onSubmit(event);
      }}
      aria-label="Record your decision"
      className="mt-4 flex flex-col gap-4"
    >
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div role="status" aria-live="polite" className="text-sm text-emerald-800">
        {recorded ? "Your decision was recorded." : null}
      </div>
      <fieldset aria-describedby={errors.decision ? `${commentId}-decision-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">Your decision</legend>
        <div className="mt-2 flex flex-wrap gap-4">
          {decisions.map((decision) => (
            <label key={decision} className="flex items-center gap-2 text-sm text-slate-900">
              <input type="radio" value={decision} {...register("decision")} />
              {choiceLabels[decision]}
            </label>
          ))}
        </div>
        {errors.decision && (
          <p id={`${commentId}-decision-error`} role="alert" className="mt-1 text-sm text-red-700">
            {errors.decision.message}
          </p>
        )}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={commentId} className="text-sm font-medium text-slate-900">
          Comment
        </label>
        <textarea
          id={commentId}
          rows={3}
          maxLength={COMMENT_MAX}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={describedBy}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm aria-invalid:border-red-700"
          {...register("comment")}
        />
        <p id={`${commentId}-hint`} className="text-sm text-slate-600">
          Required when you decline: say why, so the recruiter can act on it.
        </p>
        {errors.comment && (
          <p id={`${commentId}-error`} role="alert" className="text-sm text-red-700">
            {errors.comment.message}
          </p>
        )}
      </div>
      <input type="hidden" {...register("applicationId")} />
      <Button type="submit" disabled={form.pending} className="self-start">
        {form.pending ? "Recording…" : "Record decision"}
      </Button>
    </form>
  );
}
