"use client";

import type { z } from "zod";
import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Field } from "@/components/ui/field";
import type { WorkingHours } from "@/lib/interviews/availability";
import { availabilitySettingsSchema, type AvailabilitySettingsInput } from "@/lib/validation/interviews";
import { changeAvailabilityAction } from "../actions";

const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The hours candidates may book this member for, in their own zone, and their calendar feed. */
export function AvailabilityForm({ workingHours, calendarFeedUrl, timeZone }: { workingHours: WorkingHours; calendarFeedUrl: string | null; timeZone: string }) {
  const form = useServerForm<AvailabilitySettingsInput, z.output<typeof availabilitySettingsSchema>>({
    action: changeAvailabilityAction,
    schema: availabilitySettingsSchema,
    defaultValues: { days: workingHours.days.map(String), start: workingHours.start, end: workingHours.end, calendarFeedUrl: calendarFeedUrl ?? "" },
  });
  const errors = form.formState.errors;
  return (
    <SettingsForm
      form={form}
      label="Interview availability"
      savedMessage="Saved. Candidates booking their own interviews see these hours."
      submitLabel="Save availability"
      className="flex max-w-xl flex-col gap-4"
    >
      <fieldset aria-describedby={errors.days ? "availability-days-error" : undefined}>
        <legend className="text-sm font-medium text-slate-900">Days you take interviews</legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
          {dayNames.map((name, index) => (
            <label key={name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" {...form.registerCheckbox("days", String(index + 1))} />
              {name}
            </label>
          ))}
        </div>
        {errors.days && (
          <p id="availability-days-error" className="mt-1 text-sm text-red-700">
            {errors.days.message}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="From" type="time" hint={`In ${timeZone}`} error={errors.start?.message} {...form.register("start")} />
        <Field label="Until" type="time" error={errors.end?.message} {...form.register("end")} />
      </div>
      <Field
        label="Calendar feed (iCalendar address)"
        hint="Optional. Busy times in this feed are not offered to candidates. Use your calendar's private .ics address."
        error={errors.calendarFeedUrl?.message}
        {...form.register("calendarFeedUrl")}
      />
    </SettingsForm>
  );
}
