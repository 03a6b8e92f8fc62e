"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { TextAreaField } from "@/components/ui/field";
import { VALIDATION_MESSAGE } from "@/lib/errors";
import { Button } from "@/components/ui/button";
import { notify } from "@/components/ui/toast";
import { CircleAlert } from "lucide-react";
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
    // min-w-0: a fieldset is otherwise as wide as its content, and the scale must fold on a phone.
    <fieldset
      aria-describedby={[description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
      aria-invalid={error ? true : undefined}
      className={`min-w-0 rounded-lg border bg-surface p-4 ${error ? "border-danger ring-1 ring-danger" : "border-line"}`}
    >
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-sm text-fg-muted">
          {description}
        </p>
      )}
      {/* The scale as equal segments: two to a row on a phone, one row from the small breakpoint up. */}
      <div className={`mt-3 grid grid-cols-2 gap-2 ${options.length === 5 ? "sm:grid-cols-5" : "sm:grid-cols-4"}`}>
        {options.map((option, i) => (
          <label
            key={option}
            className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-line-strong px-3 py-2 text-sm hover:bg-surface-muted has-checked:border-accent has-checked:bg-accent-subtle has-checked:font-medium has-checked:text-accent-strong"
          >
            <input
              type="radio"
              id={i === 0 ? `${idBase}-first` : undefined}
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              className="accent-accent"
            />
            {ratingLabels[option as AttributeRating]}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="mt-2 flex items-center gap-1 text-sm text-danger">
          <CircleAlert aria-hidden="true" className="size-4 shrink-0" />
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
  const submitButton = useRef<HTMLButtonElement>(null);

  const form = useServerForm<Values & { interviewId: string; version: number }, unknown, { version: number }>({
    // Submitting waits for a draft save under way and sends the version that save produced.
    action: async (values: Values & { interviewId: string; version: number }) => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      if (inFlight.current) await inFlight.current;
      return submitScorecardAction({ ...values, version: version.current });
    },
    schema: submitScorecardSchema,
    // A long form: a refusal is listed above the button, where the person pressed it, each item a link to its field.
    focusOnError: "summary",
    // The version here is only what the browser checks; the latest one lives in the ref.
    defaultValues: { interviewId, version: initial.version, ratings: initial.ratings, overall: initial.overall, keyTakeaways: initial.keyTakeaways, privateNotes: initial.privateNotes },
    onSuccess: (data) => {
      version.current = data.version;
      dirty.current = false;
      setStatus("submitted");
      setDraftError(null);
      setSaveState("idle");
      notify(status === "submitted" ? "Scorecard updated." : "Scorecard submitted.");
      // The button was disabled while sending, which took focus from it: give it back.
      submitButton.current?.focus();
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
    // Choosing an answer takes its group off the error list; the rest stay until the next submit.
    if (key === "overall" || key === "ratings") form.clearErrors(key as never);
    dirty.current = true;
    setSaveState("unsaved");
    // Drafts save themselves a moment after the last change; a submitted scorecard changes only on submit.
    if (status === "submitted") return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveDraft(), AUTOSAVE_DELAY_MS);
  };

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const formError = form.formError ?? draftError;
  // Every field's error, in page order, for the summary: what it is, what is wrong, and where to go.
  const problems = [
    ...template.focusAreas.flatMap((area, a) =>
      area.attributes.map((attribute, t) => ({ target: `rating-${a}-${t}-first`, label: attribute.name, message: errorOf(`ratings.${attribute.name}`) })),
    ),
    { target: "overall-first", label: "Overall recommendation", message: errorOf("overall") },
    { target: "key-takeaways", label: "Key takeaways", message: errorOf("keyTakeaways") },
    { target: "private-notes", label: "Private notes", message: errorOf("privateNotes") },
  ].filter((problem): problem is { target: string; label: string; message: string } => Boolean(problem.message));
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
      <TextAreaField
        id="key-takeaways"
        label="Key takeaways"
        rows={4}
        name="keyTakeaways"
        value={values.keyTakeaways ?? ""}
        error={errorOf("keyTakeaways")}
        onChange={(event) => change("keyTakeaways", event.target.value)}
      />
      <TextAreaField
        id="private-notes"
        label="Private notes"
        rows={3}
        name="privateNotes"
        value={values.privateNotes ?? ""}
        hint="Only you can see these, even after you submit."
        error={errorOf("privateNotes")}
        onChange={(event) => change("privateNotes", event.target.value)}
      />
      {(formError || problems.length > 0) && (
        <Alert id={form.alertId}>
          <p className="font-semibold">{formError ?? VALIDATION_MESSAGE}</p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem.target}>
                  <a
                    href={`#${problem.target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(problem.target)?.focus();
                    }}
                    className="underline underline-offset-2"
                  >
                    {problem.label}: {problem.message}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button ref={submitButton} type="submit" disabled={submitting}>
          {submitting ? "Submitting…" : status === "submitted" ? "Update scorecard" : "Submit scorecard"}
        </Button>
        <p role="status" aria-live="polite" className="text-sm text-fg-muted">
          {statusText}
        </p>
      </div>
    </form>
  );
}
