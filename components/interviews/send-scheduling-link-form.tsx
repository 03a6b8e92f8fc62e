"use client";

import type { z } from "zod";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import { SCHEDULING_LINK_DAYS, sendSchedulingLinkSchema, type SendSchedulingLinkInput } from "@/lib/validation/interviews";
import { sendSchedulingLinkAction } from "@/server/interviews/actions";
import type { ScheduleOptions } from "./schedule-interview-form";
import { InterviewerChoice } from "./interviewer-choice";

/** Emails the candidate a link to book a planned interview at a time every chosen interviewer is free. */
export function SendSchedulingLinkForm({ applicationId, options }: { applicationId: string; options: Omit<ScheduleOptions, "timeZones"> }) {
  const form = useServerForm<SendSchedulingLinkInput, z.output<typeof sendSchedulingLinkSchema>>({
    action: sendSchedulingLinkAction,
    schema: sendSchedulingLinkSchema,
    onSuccess: (_data, { reset }) => reset(),
    defaultValues: { applicationId, plannedInterviewId: options.planned[0]?.id ?? "", interviewerIds: [], durationMinutes: 60, location: "", expiresInDays: SCHEDULING_LINK_DAYS.default },
  });
  const { register, control } = form;
  const errors = form.formState.errors;
  if (options.planned.length === 0) return <p className="text-sm text-slate-700">Add interviews to this job’s interview plan to send a scheduling link.</p>;
  if (options.team.length === 0) return <p className="text-sm text-slate-700">Add people to this job’s hiring team before sending a scheduling link.</p>;

  return (
    <form {...form.formProps} aria-label="Send a scheduling link" className="grid gap-4 sm:grid-cols-2">
      <SelectField label="Planned interview" error={errors.plannedInterviewId?.message} {...register("plannedInterviewId")}>
        {options.planned.map((planned) => (
          <option key={planned.id} value={planned.id}>
            {planned.name} ({planned.stageName})
          </option>
        ))}
      </SelectField>
      <Field label="Length (minutes)" type="number" min={15} max={480} step={15} error={errors.durationMinutes?.message} {...register("durationMinutes")} />
      <InterviewerChoice control={control} name="interviewerIds" team={options.team} error={errors.interviewerIds?.message} idPrefix="scheduling-link" />
      <Field label="Link works for (days)" type="number" min={1} max={SCHEDULING_LINK_DAYS.max} error={errors.expiresInDays?.message} {...register("expiresInDays")} />
      <Field label="Location or video link for the booked interview" error={errors.location?.message} {...register("location")} />
      <input type="hidden" {...register("applicationId")} />
      {form.formError && (
        <div className="sm:col-span-2">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <SavedNotice shown={form.saved} className="sm:col-span-2">
        Scheduling link sent. The candidate chooses a time when every interviewer is free.
      </SavedNotice>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Sending…" : "Send scheduling link"}
        </Button>
      </div>
    </form>
  );
}
