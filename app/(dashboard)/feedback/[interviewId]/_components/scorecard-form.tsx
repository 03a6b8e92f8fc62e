"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AttributeRating, ScorecardTemplate } from "@/lib/enums";
import { RATINGS, RECOMMENDATIONS, ratingLabels, submitScorecardSchema, type Recommendation } from "@/lib/validation/scorecard";
import { saveScorecardDraftAction, submitScorecardAction } from "../actions";

type Values = {
  ratings: Record<string, AttributeRating>;
  overall: Recommendation | null;
  keyTakeaways: string;
  privateNotes: string;
};

type Props = {
  interviewId: string;
  template: ScorecardTemplate;
  initial: Values & { version: number; status: "draft" | "submitted" | null };
};

const AUTOSAVE_DELAY_MS = 800;

/** One radio group in a fieldset whose legend names what is rated. */
function RatingGroup<T extends string>({
  legend,
  description,
  idBase,
  name,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  description?: string;
  /** Prefix of the description's and error's ids. */
  idBase: string;
  /** The radios' name: the field's path, so the first error's group can be focused. */
  name: string;
  options: readonly T[];
  value: T | null;
  error?: string;
  onChange: (value: T) => void;
}) {
  const descriptionId = `${idBase}-description`;
  const errorId = `${idBase}-error`;
  return (
    <fieldset
      aria-describedby={[description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
      className="rounded-md border border-slate-200 p-4"
    >
      <legend className="px-1 font-medium">{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-sm text-slate-700">
          {description}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-2 text-sm">
            <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
            {ratingLabels[option as AttributeRating]}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function ScorecardForm({ interviewId, template, initial }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState(initial.status);
  const [saveState, setSaveState] = useState<"idle" | "saving" | "saved" | "unsaved">("idle");
  const [draftError, setDraftError] = useState<string | null>(null);
  const version = useRef(initial.version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const dirty = useRef(false);

  const form = useServerForm<Values & { interviewId: string; version: number }, unknown, { version: number }>({
    // Submitting waits for a draft save under way and sends the version that save produced.
    action: async (values: Values & { interviewId: string; version: number }) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (inFlight.current) await inFlight.current;
      return submitScorecardAction({ ...values, version: version.current });
    },
    schema: submitScorecardSchema,
    // The version here is only what the browser checks; the latest one lives in the ref.
    defaultValues: { interviewId, version: initial.version, ratings: initial.ratings, overall: initial.overall, keyTakeaways: initial.keyTakeaways, privateNotes: initial.privateNotes },
    onSuccess: (data) => {
      version.current = data.version;
      dirty.current = false;
      setStatus("submitted");
      setDraftError(null);
      setSaveState("idle");
      router.refresh();
    },
  });
  const values = useWatch({ control: form.control }) as Values;
  const errorOf = form.fieldError;

  /** Drafts are saved in the background, not submitted: they skip the form's pending state on purpose. */
  const saveDraft = useCallback(async () => {
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    setSaveState("saving");
    const request = saveScorecardDraftAction({ ...form.getValues(), version: version.current });
    inFlight.current = request;
    const result = await request;
    inFlight.current = null;
    if (result.ok) {
      version.current = result.data.version;
      setStatus(result.data.status);
      form.clearErrors();
      setDraftError(null);
      setSaveState(dirty.current ? "unsaved" : "saved");
    } else {
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(path as never, { type: "server", message: messages[0] });
      }
      setDraftError(result.formError ?? "Your draft was not saved.");
      setSaveState("unsaved");
    }
  }, [form]);

  const change = <K extends keyof Values>(key: K, value: Values[K]) => {
    form.setValue(key, value as never, { shouldDirty: true });
    dirty.current = true;
    setSaveState("unsaved");
    // Drafts save themselves a moment after the last change; a submitted scorecard changes only on submit.
    if (status === "submitted") return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_DELAY_MS);
  };

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const formError = form.formError ?? draftError;
  const submitting = form.pending;

  const statusText =
    saveState === "saving"
      ? "Saving…"
      : saveState === "saved"
        ? "Saved"
        : saveState === "unsaved" && status === "submitted"
          ? "Changes not submitted yet"
          : status === "submitted"
            ? "Submitted"
            : "";

  return (
    <form {...form.formProps} aria-label="Scorecard" className="flex flex-col gap-6">
      {template.focusAreas.map((area, a) => (
        <section key={area.name} aria-labelledby={`area-${a}`} className="flex flex-col gap-3">
          <h2 id={`area-${a}`} className="text-lg font-semibold">
            {area.name}
          </h2>
          {area.attributes.map((attribute, t) => (
            <RatingGroup
              key={attribute.name}
              legend={attribute.name}
              description={attribute.guidance || undefined}
              idBase={`rating-${a}-${t}`}
              name={`ratings.${attribute.name}`}
              options={RATINGS}
              value={values.ratings?.[attribute.name] ?? "not_assessed"}
              error={errorOf(`ratings.${attribute.name}`)}
              onChange={(rating) => change("ratings", { ...form.getValues("ratings"), [attribute.name]: rating })}
            />
          ))}
        </section>
      ))}
      <RatingGroup
        legend="Overall recommendation (required)"
        idBase="overall"
        name="overall"
        options={RECOMMENDATIONS}
        value={values.overall ?? null}
        error={errorOf("overall")}
        onChange={(overall) => change("overall", overall)}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="key-takeaways" className="text-sm font-medium">
          Key takeaways
        </label>
        <textarea
          id="key-takeaways"
          rows={4}
          name="keyTakeaways"
          value={values.keyTakeaways ?? ""}
          aria-invalid={errorOf("keyTakeaways") ? true : undefined}
          onChange={(event) => change("keyTakeaways", event.target.value)}
          className="rounded-md border border-slate-400 px-3 py-2"
        />
        {errorOf("keyTakeaways") && <p className="text-sm text-red-700">{errorOf("keyTakeaways")}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="private-notes" className="text-sm font-medium">
          Private notes
        </label>
        <textarea
          id="private-notes"
          rows={3}
          name="privateNotes"
          value={values.privateNotes ?? ""}
          aria-describedby="private-notes-hint"
          onChange={(event) => change("privateNotes", event.target.value)}
          className="rounded-md border border-slate-400 px-3 py-2"
        />
        <p id="private-notes-hint" className="text-sm text-slate-600">
          Only you can see these, even after you submit.
        </p>
      </div>
      {formError && <Alert id={form.alertId}>{formError}</Alert>}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" disabled={submitting}>
          {submitting ? "Submitting…" : status === "submitted" ? "Update scorecard" : "Submit scorecard"}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {statusText}
        </p>
      </div>
    </form>
  );
}
