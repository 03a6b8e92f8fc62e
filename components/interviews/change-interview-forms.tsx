"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { cancelInterviewSchema, rescheduleInterviewSchema } from "@/lib/validation/interviews";
import { cancelInterviewAction, rescheduleInterviewAction } from "@/server/interviews/actions";

const REASON_HINT = "Kept in the application's history for the team; not sent to the candidate.";

type Interview = { id: string; title: string; sequence: number; date: string; startTime: string; timeZone: string; durationMinutes: number; location: string | null };

/**
 * Reschedule and cancel, behind a disclosure on each upcoming interview. Both send the version the page
 * was rendered at, so a change someone else made meanwhile is not overwritten.
 */
export function ChangeInterviewForms({ interview, timeZones }: { interview: Interview; timeZones: string[] }) {
  const reschedule = useServerForm<z.input<typeof rescheduleInterviewSchema>, z.output<typeof rescheduleInterviewSchema>>({
    action: rescheduleInterviewAction,
    schema: rescheduleInterviewSchema,
    defaultValues: {
      interviewId: interview.id,
      sequence: interview.sequence,
      date: interview.date,
      startTime: interview.startTime,
      timeZone: interview.timeZone,
      durationMinutes: interview.durationMinutes,
      location: interview.location ?? "",
      reason: "",
    },
  });
  const [confirming, setConfirming] = useState(false);
  const cancel = useServerForm<z.input<typeof cancelInterviewSchema>, z.output<typeof cancelInterviewSchema>>({
    action: cancelInterviewAction,
    schema: cancelInterviewSchema,
    defaultValues: { interviewId: interview.id, sequence: interview.sequence, reason: "" },
  });
  const errors = reschedule.formState.errors;
  const { register } = reschedule;

  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-medium text-indigo-700">Reschedule or cancel {interview.title}</summary>
      <form {...reschedule.formProps} aria-label={`Reschedule ${interview.title}`} className="mt-3 grid gap-4 sm:grid-cols-2">
        <Field label="New date" type="date" error={errors.date?.message} {...register("date")} />
        <Field label="New start time" type="time" error={errors.startTime?.message} {...register("startTime")} />
        <SelectField label="Time zone" error={errors.timeZone?.message} {...register("timeZone")}>
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <Field label="Duration (minutes)" type="number" min={15} max={480} step={5} error={errors.durationMinutes?.message} {...register("durationMinutes")} />
        <Field label="Location or video link" className="sm:col-span-2" error={errors.location?.message} {...register("location")} />
        <TextAreaField label="Reason for the change (optional)" hint={REASON_HINT} rows={2} className="sm:col-span-2" error={errors.reason?.message} {...register("reason")} />
        <input type="hidden" {...register("interviewId")} />
        <input type="hidden" {...register("sequence")} />
        <div aria-live="polite" className="sm:col-span-2">
          {reschedule.formError && <Alert id={reschedule.alertId}>{reschedule.formError}</Alert>}
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={reschedule.pending}>
            {reschedule.pending ? "Rescheduling…" : "Reschedule and send updates"}
          </Button>
        </div>
      </form>
      <form {...cancel.formProps} aria-label={`Cancel ${interview.title}`} className="mt-4 flex flex-col items-start gap-2 border-t border-slate-200 pt-4">
        <input type="hidden" {...cancel.register("interviewId")} />
        <input type="hidden" {...cancel.register("sequence")} />
        {confirming ? (
          <>
            <p className="text-sm text-slate-800">The candidate and every interviewer will be told the interview is cancelled. This cannot be undone.</p>
            <TextAreaField
              label="Reason for cancelling (optional)"
              hint={REASON_HINT}
              rows={2}
              className="w-full"
              error={cancel.formState.errors.reason?.message}
              {...cancel.register("reason")}
            />
            <Button type="submit" variant="danger" disabled={cancel.pending}>
              {cancel.pending ? "Cancelling…" : "Yes, cancel the interview"}
            </Button>
          </>
        ) : (
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            Cancel interview…
          </Button>
        )}
        <div aria-live="polite">{cancel.formError && <Alert id={cancel.alertId}>{cancel.formError}</Alert>}</div>
      </form>
    </details>
  );
}
