"use client";

import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import type { z } from "zod";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { MemberRole } from "@/lib/enums";
import { scheduleInterviewSchema } from "@/lib/validation/interviews";
import { scheduleInterviewAction } from "@/server/interviews/actions";
import { InterviewerChoice } from "./interviewer-choice";

type Values = z.input<typeof scheduleInterviewSchema>;

export type ScheduleOptions = {
  planned: { id: string; name: string; stageName: string }[];
  team: { userId: string; name: string; role: MemberRole }[];
  timeZones: string[];
};

export function ScheduleInterviewForm({ applicationId, options }: { applicationId: string; options: ScheduleOptions }) {
  const form = useServerForm<Values, z.output<typeof scheduleInterviewSchema>>({
    action: scheduleInterviewAction,
    schema: scheduleInterviewSchema,
    onSuccess: (_data, { reset }) => reset(),
    defaultValues: {
      applicationId,
      plannedInterviewId: options.planned[0]?.id ?? "",
      title: "",
      interviewerIds: [],
      date: "",
      startTime: "10:00",
      timeZone: "UTC",
      durationMinutes: 60,
      location: "",
    },
  });
  const { register, control, suggest } = form;
  const errors = form.formState.errors;

  // The browser's own zone is the likeliest choice; the server renders UTC, which every browser then replaces,
  // unless the person chose a zone already (before hydration): a suggestion, also what a reset returns to.
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (options.timeZones.includes(zone)) suggest("timeZone", zone);
  }, [options.timeZones, suggest]);

  const custom = !useWatch({ control, name: "plannedInterviewId" });

  if (options.team.length === 0) {
    return <p className="text-sm text-slate-700">Add people to this job’s hiring team before scheduling an interview: interviewers are chosen from the team.</p>;
  }

  return (
    <form {...form.formProps} aria-label="Schedule an interview" className="grid gap-4 sm:grid-cols-2">
      <SelectField label="Interview" error={errors.plannedInterviewId?.message} {...register("plannedInterviewId")}>
        {options.planned.map((planned) => (
          <option key={planned.id} value={planned.id}>
            {planned.name} ({planned.stageName})
          </option>
        ))}
        <option value="">Other (enter a title)</option>
      </SelectField>
      <Field
        label="Title"
        hint={custom ? "Required for an interview that is not in the plan." : "Optional: the planned interview's name is used otherwise."}
        error={errors.title?.message}
        {...register("title")}
      />
      <InterviewerChoice control={control} name="interviewerIds" team={options.team} error={errors.interviewerIds?.message} idPrefix="schedule" />
      <Field label="Date" type="date" error={errors.date?.message} {...register("date")} />
      <Field label="Start time" type="time" error={errors.startTime?.message} {...register("startTime")} />
      <SelectField label="Time zone" error={errors.timeZone?.message} {...register("timeZone")}>
        {options.timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <Field label="Duration (minutes)" type="number" min={15} max={480} step={5} error={errors.durationMinutes?.message} {...register("durationMinutes")} />
      <Field
        label="Location or video link"
        className="sm:col-span-2"
        error={errors.location?.message}
        {...register("location")}
      />
      <input type="hidden" {...register("applicationId")} />
      {form.formError && (
        <div className="sm:col-span-2">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <SavedNotice shown={form.saved} className="sm:col-span-2">
        Interview scheduled. The interviewers have been sent an invitation.
      </SavedNotice>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Scheduling…" : "Schedule interview"}
        </Button>
      </div>
    </form>
  );
}
