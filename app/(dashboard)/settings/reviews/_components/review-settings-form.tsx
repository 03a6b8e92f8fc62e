"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ScorecardVisibility } from "@/lib/interviews/visibility";
import { updateScorecardVisibilityAction } from "../actions";

const choices: { value: ScorecardVisibility; label: string; hint: string }[] = [
  { value: "after_own_submitted", label: "After submitting their own (recommended)", hint: "Each person sees others' scorecards for a candidate once they have submitted theirs." },
  { value: "always", label: "Always", hint: "Hiring managers and interviewers on the job see every scorecard at once." },
  { value: "never", label: "Never", hint: "Only admins and recruiters see scorecards other than one's own." },
];

export function ReviewSettingsForm({ scorecardVisibility }: { scorecardVisibility: ScorecardVisibility }) {
  const [value, setValue] = useState(scorecardVisibility);
  const [message, setMessage] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      aria-label="Review settings"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await updateScorecardVisibilityAction({ scorecardVisibility: value });
          setMessage(result.ok ? { tone: "info", text: "Review settings saved." } : { tone: "error", text: result.formError ?? "Not saved." });
        });
      }}
      className="flex flex-col gap-4"
    >
      <fieldset>
        <legend className="font-medium">Hiring managers and interviewers see others’ scorecards</legend>
        <div className="mt-2 flex flex-col gap-3">
          {choices.map((choice) => (
            <label key={choice.value} className="flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="scorecardVisibility"
                value={choice.value}
                checked={value === choice.value}
                onChange={() => setValue(choice.value)}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{choice.label}</span>
                <span className="block text-slate-700">{choice.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
