"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { AttributeRating, ScorecardTemplate } from "@/lib/enums";
import type { FieldErrors } from "@/lib/action-result";
import { RATINGS, RECOMMENDATIONS, ratingLabels, type Recommendation } from "@/lib/validation/scorecard";
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
  name,
  options,
  value,
  error,
  onChange,
}: {
  legend: string;
  description?: string;
  name: string;
  options: readonly T[];
  value: T | null;
  error?: string;
  onChange: (value: T) => void;
}) {
  const descriptionId = `${name}-description`;
  const errorId = `${name}-error`;
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
  const [values, setValues] = useState<Values>({
    ratings: initial.ratings,
    overall: initial.overall,
    keyTakeaways: initial.keyTakeaways,
    privateNotes: initial.privateNotes,
  });
  const [status, setStatus] = useState(initial.status);
  const [saveState, setSaveState] = useState<"idle" | "saving" | "saved" | "unsaved">("idle");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, startSubmit] = useTransition();
  const version = useRef(initial.version);
  const latest = useRef(values);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const dirty = useRef(false);

  const payload = () => ({ interviewId, version: version.current, ...latest.current });

  const saveDraft = useCallback(async () => {
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (!dirty.current) return;
    dirty.current = false;
    setSaveState("saving");
    const request = saveScorecardDraftAction(payload());
    inFlight.current = request;
    const result = await request;
    inFlight.current = null;
    if (result.ok) {
      version.current = result.data.version;
      setStatus(result.data.status);
      setErrors({});
      setFormError(null);
      setSaveState(dirty.current ? "unsaved" : "saved");
    } else {
      setErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? "Your draft was not saved.");
      setSaveState("unsaved");
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- payload reads refs only
  }, [interviewId]);

  const change = (update: (current: Values) => Values) => {
    const next = update(latest.current);
    latest.current = next;
    setValues(next);
    dirty.current = true;
    setSaveState("unsaved");
    // Drafts save themselves a moment after the last change; a submitted scorecard changes only on submit.
    if (status === "submitted") return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_DELAY_MS);
  };

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const submit = () =>
    startSubmit(async () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (inFlight.current) await inFlight.current;
      const result = await submitScorecardAction(payload());
      if (result.ok) {
        version.current = result.data.version;
        dirty.current = false;
        setStatus("submitted");
        setErrors({});
        setFormError(null);
        setSaveState("idle");
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.formError ?? "Your scorecard was not submitted.");
    });

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
    <form
      aria-label="Scorecard"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="flex flex-col gap-6"
    >
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
              name={`rating-${a}-${t}`}
              options={RATINGS}
              value={values.ratings[attribute.name] ?? "not_assessed"}
              error={errors[`ratings.${attribute.name}`]?.[0]}
              onChange={(rating) => change((v) => ({ ...v, ratings: { ...v.ratings, [attribute.name]: rating } }))}
            />
          ))}
        </section>
      ))}
      <RatingGroup
        legend="Overall recommendation (required)"
        name="overall"
        options={RECOMMENDATIONS}
        value={values.overall}
        error={errors.overall?.[0]}
        onChange={(overall) => change((v) => ({ ...v, overall }))}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="key-takeaways" className="text-sm font-medium">
          Key takeaways
        </label>
        <textarea
          id="key-takeaways"
          rows={4}
          value={values.keyTakeaways}
          aria-invalid={errors.keyTakeaways ? true : undefined}
          onChange={(event) => change((v) => ({ ...v, keyTakeaways: event.target.value }))}
          className="rounded-md border border-slate-400 px-3 py-2"
        />
        {errors.keyTakeaways && <p className="text-sm text-red-700">{errors.keyTakeaways[0]}</p>}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="private-notes" className="text-sm font-medium">
          Private notes
        </label>
        <textarea
          id="private-notes"
          rows={3}
          value={values.privateNotes}
          aria-describedby="private-notes-hint"
          onChange={(event) => change((v) => ({ ...v, privateNotes: event.target.value }))}
          className="rounded-md border border-slate-400 px-3 py-2"
        />
        <p id="private-notes-hint" className="text-sm text-slate-600">
          Only you can see these, even after you submit.
        </p>
      </div>
      {formError && <Alert>{formError}</Alert>}
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
