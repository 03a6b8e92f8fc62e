"use client";

import type { z } from "zod";
import { SettingsForm } from "@/components/forms/settings-form";
import { useServerForm } from "@/components/forms/use-server-form";
import type { ScorecardVisibility } from "@/lib/interviews/visibility";
import { scorecardVisibilitySchema } from "@/lib/validation/interviews";
import { updateScorecardVisibilityAction } from "../actions";

const choices: { value: ScorecardVisibility; label: string; hint: string }[] = [
  { value: "after_own_submitted", label: "After submitting their own (recommended)", hint: "Each person sees others' scorecards for a candidate once they have submitted theirs." },
  { value: "always", label: "Always", hint: "Hiring managers and interviewers on the job see every scorecard at once." },
  { value: "never", label: "Never", hint: "Only admins and recruiters see scorecards other than one's own." },
];

export function ReviewSettingsForm({ scorecardVisibility }: { scorecardVisibility: ScorecardVisibility }) {
  const form = useServerForm<z.input<typeof scorecardVisibilitySchema>>({
    action: updateScorecardVisibilityAction,
    schema: scorecardVisibilitySchema,
    defaultValues: { scorecardVisibility },
  });
  const error = form.fieldError("scorecardVisibility");
  return (
    <SettingsForm form={form} label="Review settings" savedMessage="Review settings saved." className="flex flex-col gap-4">
      <fieldset aria-describedby={error ? "scorecard-visibility-error" : undefined}>
        <legend className="font-medium">Hiring managers and interviewers see others’ scorecards</legend>
        <div className="mt-2 flex flex-col gap-3">
          {choices.map((choice) => (
            <label key={choice.value} className="flex items-start gap-2 text-sm">
              <input type="radio" className="mt-1" {...form.registerRadio("scorecardVisibility", choice.value)} />
              <span>
                <span className="font-medium">{choice.label}</span>
                <span className="block text-slate-700">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
        {error && (
          <p id="scorecard-visibility-error" className="mt-1 text-sm text-red-700">
            {error}
          </p>
        )}
      </fieldset>
    </SettingsForm>
  );
}
