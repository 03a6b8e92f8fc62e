"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useMemo, useRef, useState } from "react";
import { get, useForm, type FieldErrors as FormErrors } from "react-hook-form";
import { buttonClasses } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/action-result";
import type { Tracking } from "@/lib/applications/attribution";
import { VALIDATION_MESSAGE } from "@/lib/errors";
import { ACCEPTED_FILE_TYPES, applicationSchema, questionField, type ApplicationInput, type FormQuestion } from "@/lib/validation/application";
import { selfIdentificationQuestions, type SelfIdentificationField } from "@/lib/validation/self-identification";
import type { ApplyState } from "../actions";
import { ChoiceGroup, FileInput, fieldId, SelectInput, TextArea, TextInput } from "./fields";

type Props = {
  action: (state: ApplyState, formData: FormData) => Promise<ApplyState>;
  submitUrl: string;
  organizationName: string;
  privacyNoticeUrl: string;
  /** The organisation's privacy notice, rendered, shown above the consent box when it wrote one. */
  privacyNotice?: React.ReactNode;
  questions: FormQuestion[];
  idempotencyKey: string;
  /** Where the applicant came from, sent along in hidden fields (lib/applications/attribution.ts). */
  tracking: Tracking;
  /** Why the last no-JavaScript post was refused before it was read (proxy.ts sends the form back with it). */
  refusedMessage?: string;
};

type ServerReply = { ok: true; statusUrl: string } | { ok: false; formError?: string; fieldErrors?: FieldErrors };

const fileHint = "PDF, Word (DOC or DOCX), RTF or TXT, up to 10 MB.";

/** "Are you authorised to work here? Choose yes or no." / "Portfolio link: Answer this question." */
function withQuestion(label: string | undefined, message: string) {
  if (!label) return message;
  return /[?.!:]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

/** Server keys name array items too ("answers.q_x.1"); show those messages on the field itself. */
function baseField(key: string, fieldNames: string[]) {
  return fieldNames.find((name) => key === name || key.startsWith(`${name}.`)) ?? key;
}

export function ApplicationForm({ action, submitUrl, organizationName, privacyNoticeUrl, privacyNotice, questions, idempotencyKey, tracking, refusedMessage }: Props) {
  const schema = useMemo(() => applicationSchema(questions), [questions]);
  const [actionState, formAction] = useActionState(action, {});
  const [reply, setReply] = useState<Extract<ServerReply, { ok: false }> | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ApplicationInput>({ resolver: zodResolver(schema), mode: "onSubmit", shouldFocusError: false });

  const values = actionState.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const fieldNames = [
    "name", "email", "phone", "location", "linkedin", "github", "website", "resume", "coverLetterFile", "coverLetterText",
    ...questions.map((q) => `answers.${questionField(q.id)}`),
    "consent", "leaveEmpty", "gender", "ethnicity", "veteranStatus", "disability", "idempotencyKey",
  ];

  // Messages from the server (JavaScript or not) and from the browser-side check, one per field.
  const serverErrors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(reply?.fieldErrors ?? actionState.fieldErrors ?? {})) {
    const field = baseField(key, fieldNames);
    if (messages?.[0] && !serverErrors[field]) serverErrors[field] = messages[0];
  }
  const errorFor = (name: string): string | undefined => {
    const local: unknown = get(errors as FormErrors, name);
    // An array field (multi-select) carries its errors per item.
    const first = (Array.isArray(local) ? local.find(Boolean) : local) as { message?: string } | undefined;
    return first?.message ?? serverErrors[name];
  };
  const problems = fieldNames.flatMap((name) => {
    const message = errorFor(name);
    return message ? [{ name, message }] : [];
  });
  // A question's messages ("Choose yes or no.") need its label to make sense in the list at the top.
  const questionLabels = new Map(questions.map((q) => [`answers.${questionField(q.id)}`, q.label]));
  // Never fail silently: an error on a field that has no place on the page still gets a message.
  const unplaced = problems.length === 0 && Object.keys(errors).length > 0;
  // A refusal the page was sent back with stands until the form is sent again.
  const refusal = reply || actionState.formError || actionState.fieldErrors ? undefined : refusedMessage;
  const formError = reply?.formError ?? actionState.formError ?? (unplaced ? "The form could not be checked. Please reload the page and try again." : undefined) ?? refusal;

  async function send() {
    const form = formRef.current!;
    setReply(null);
    setProgress(0);
    const result = await new Promise<ServerReply>((resolve) => {
      // XMLHttpRequest, not fetch: only it reports upload progress.
      const request = new XMLHttpRequest();
      request.open("POST", submitUrl);
      request.responseType = "json";
      request.upload.onprogress = (event) => event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100));
      request.onload = () => resolve((request.response as ServerReply | null) ?? { ok: false, formError: "Something went wrong on our side. Please try again." });
      request.onerror = () => resolve({ ok: false, formError: "Your application could not be sent: check your connection and try again. Nothing was lost; the form is still filled in." });
      const body = new FormData(form);
      // React adds the no-JavaScript server action's own fields to the form; they are not for this endpoint.
      for (const key of [...body.keys()]) if (key.startsWith("$ACTION")) body.delete(key);
      request.send(body);
    });
    if (result.ok) {
      window.location.assign(result.statusUrl);
      return;
    }
    setProgress(null);
    setReply(result);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const onInvalid = () => requestAnimationFrame(() => summaryRef.current?.focus());

  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={`Application to ${organizationName}`}
      onSubmit={(event) => {
        event.preventDefault();
        void handleSubmit(send, onInvalid)(event);
      }}
      className="mt-8 flex flex-col gap-8"
    >
      {(problems.length > 0 || formError) && (
        <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-red-900">
          <h2 className="font-semibold">
            {problems.length > 0
              ? `Your application has ${problems.length === 1 ? "1 problem" : `${problems.length} problems`}`
              : "Your application was not sent"}
          </h2>
          {/* The general message only when it adds something: not "correct the fields" above their list, nor a field's own message again. */}
          {formError && !(problems.length > 0 && (formError === VALIDATION_MESSAGE || problems.some((p) => p.message === formError))) && (
            <p className="mt-1">{formError}</p>
          )}
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5 text-sm">
              {problems.map((problem) => (
                <li key={problem.name}>
                  {problem.name === "leaveEmpty" ? (
                    // The bot trap is out of sight: nothing to link to.
                    problem.message
                  ) : (
                    <a href={`#${fieldId(problem.name)}`} className="underline">
                      {withQuestion(questionLabels.get(problem.name), problem.message)}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <input type="hidden" value={idempotencyKey} {...register("idempotencyKey")} />
      {Object.entries(tracking).map(([key, value]) => value && <input key={key} type="hidden" name={key} value={value} />)}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Your details</legend>
        <TextInput name="name" label="Full name" required autoComplete="name" defaultValue={text("name")} error={errorFor("name")} registration={register("name")} />
        <TextInput name="email" label="Email" type="email" required autoComplete="email" defaultValue={text("email")} error={errorFor("email")} registration={register("email")} />
        <TextInput name="phone" label="Phone" type="tel" autoComplete="tel" defaultValue={text("phone")} error={errorFor("phone")} registration={register("phone")} />
        <TextInput name="location" label="Where are you based?" autoComplete="address-level2" defaultValue={text("location")} error={errorFor("location")} registration={register("location")} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Links</legend>
        <TextInput name="linkedin" label="LinkedIn profile" type="url" defaultValue={text("linkedin")} error={errorFor("linkedin")} registration={register("linkedin")} />
        <TextInput name="github" label="GitHub profile" type="url" defaultValue={text("github")} error={errorFor("github")} registration={register("github")} />
        <TextInput name="website" label="Website or portfolio" type="url" autoComplete="url" defaultValue={text("website")} error={errorFor("website")} registration={register("website")} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Resume and cover letter</legend>
        <FileInput name="resume" label="Resume" required accept={ACCEPTED_FILE_TYPES} hint={fileHint} error={errorFor("resume")} registration={register("resume")} />
        <FileInput name="coverLetterFile" label="Cover letter (file)" accept={ACCEPTED_FILE_TYPES} hint={`Optional. ${fileHint}`} error={errorFor("coverLetterFile")} registration={register("coverLetterFile")} />
        <TextArea name="coverLetterText" label="Cover letter (text)" hint="Optional: type or paste it here instead of attaching a file." defaultValue={text("coverLetterText")} error={errorFor("coverLetterText")} registration={register("coverLetterText")} />
      </fieldset>

      {questions.length > 0 && (
        <fieldset className="flex flex-col gap-5">
          <legend className="mb-2 text-xl font-semibold">Questions from {organizationName}</legend>
          {questions.map((question) => (
            <Question key={question.id} question={question} register={register} errorFor={errorFor} values={values} />
          ))}
        </fieldset>
      )}

      {/* A trap for bots, out of sight and out of the tab order; screen readers skip it too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="field-leaveEmpty">Leave this empty</label>
        <input id="field-leaveEmpty" type="text" tabIndex={-1} autoComplete="off" {...register("leaveEmpty")} />
      </div>

      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-slate-50 p-5">
        {/* Floated, so it sits inside the box: on the border a heading that wraps (on a phone) was cut by it. */}
        <legend className="float-left w-full text-xl font-semibold">Voluntary self-identification</legend>
        <p className="text-sm text-slate-700">
          Optional. {organizationName} uses these answers only in aggregate to check that its hiring is fair. They are stored
          separately from your application and never shown to the people reviewing it. Leaving them blank or declining never
          affects your application.
        </p>
        {(Object.keys(selfIdentificationQuestions) as SelfIdentificationField[]).map((field) => (
          <SelectInput
            key={field}
            name={field}
            label={selfIdentificationQuestions[field].label}
            options={selfIdentificationQuestions[field].options}
            placeholder="Not answered"
            defaultValue={text(field)}
            error={errorFor(field)}
            registration={register(field)}
          />
        ))}
      </fieldset>

      <div className="flex flex-col gap-1">
        {privacyNotice && (
          <details className="mb-3 rounded-md border border-slate-300 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium text-brand">Read {organizationName}&apos;s privacy notice</summary>
            {privacyNotice}
          </details>
        )}
        <div className="flex items-start gap-3">
          <input
            id={fieldId("consent")}
            type="checkbox"
            className="mt-1 size-4 accent-brand"
            aria-required
            aria-invalid={errorFor("consent") ? true : undefined}
            aria-describedby={errorFor("consent") ? `${fieldId("consent")}-error` : undefined}
            {...register("consent")}
          />
          <label htmlFor={fieldId("consent")} className="text-sm">
            I have read {organizationName}&apos;s{" "}
            <a href={privacyNoticeUrl} className="text-brand underline" target="_blank" rel="noreferrer">
              privacy notice (opens in a new tab)
            </a>{" "}
            and agree that my application is processed for this and similar roles. <span aria-hidden="true">*</span>
          </label>
        </div>
        {errorFor("consent") && (
          <p id={`${fieldId("consent")}-error`} className="text-sm font-medium text-red-700">
            {errorFor("consent")}
          </p>
        )}
      </div>

      <div className="flex flex-col gap-3">
        {progress !== null && (
          <div className="flex items-center gap-3 text-sm text-slate-700">
            <progress value={progress} max={100} aria-label="Upload progress" className="h-2 w-full" />
            <span aria-live="polite">{progress < 100 ? `Uploading… ${progress}%` : "Processing…"}</span>
          </div>
        )}
        <button type="submit" disabled={isSubmitting || progress !== null} className={buttonClasses("brand", "self-start px-6 py-3 text-base")}>
          {progress !== null ? "Sending…" : "Submit application"}
        </button>
      </div>
    </form>
  );
}

function Question({
  question,
  register,
  errorFor,
  values,
}: {
  question: FormQuestion;
  register: ReturnType<typeof useForm<ApplicationInput>>["register"];
  errorFor: (name: string) => string | undefined;
  values: Record<string, string | string[]>;
}) {
  const name = `answers.${questionField(question.id)}`;
  const common = { name, label: question.label, required: question.required, error: errorFor(name) };
  // react-hook-form types nested dynamic keys loosely; the schema checks them.
  const registration = register(name as "name");
  const value = values[name];
  switch (question.type) {
    case "short_text":
      return <TextInput {...common} defaultValue={typeof value === "string" ? value : undefined} registration={registration} />;
    case "long_text":
      return <TextArea {...common} defaultValue={typeof value === "string" ? value : undefined} registration={registration} />;
    case "yes_no":
      return <ChoiceGroup {...common} options={[["yes", "Yes"], ["no", "No"]]} defaultValue={value} registration={registration} />;
    case "single_select":
      return <ChoiceGroup {...common} options={question.options.map((o) => [o, o] as const)} defaultValue={value} registration={registration} />;
    case "multi_select":
      return <ChoiceGroup {...common} multiple options={question.options.map((o) => [o, o] as const)} defaultValue={value} registration={registration} />;
    case "file":
      return <FileInput {...common} accept={ACCEPTED_FILE_TYPES} hint={fileHint} registration={registration} />;
  }
}
