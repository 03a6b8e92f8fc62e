import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import type { Tracking } from "@/lib/applications/attribution";
import { ACCEPTED_FILE_TYPES, questionField, type FormQuestion } from "@/lib/validation/application";
import type { FieldHint } from "@/lib/validation/application-hints";
import { selfIdentificationQuestions, type SelfIdentificationField } from "@/lib/validation/self-identification";
import type { ApplyState } from "../form-state";
import { ErrorSummary, type Problem } from "./error-summary";
import { ChoiceGroup, Described, describedBy, fieldData, fieldId, FileInput, SelectInput, TextArea, TextInput } from "./fields";

type Props = {
  /** The no-JavaScript post: the server action, bound to this job. */
  action: (formData: FormData) => Promise<void>;
  /** Where the script sends the form instead, to show upload progress. */
  submitUrl: string;
  organizationName: string;
  privacyNoticeUrl: string;
  /** The organisation's privacy notice, rendered, shown above the consent box when it wrote one. */
  privacyNotice?: ReactNode;
  questions: FormQuestion[];
  /** What the script may check before sending, per field (lib/validation/application-hints.ts). */
  hints: Record<string, FieldHint>;
  idempotencyKey: string;
  /** Where the applicant came from, sent along in hidden fields (lib/applications/attribution.ts). */
  tracking: Tracking;
  /** The server's answer to the post this page follows, if any (../form-state.ts). */
  state: ApplyState;
  /** Why the last no-JavaScript post was refused before it was read (proxy.ts sends the form back with it). */
  refusedMessage?: string;
};

const fileHint = "PDF, Word (DOC or DOCX), RTF or TXT, up to 10 MB.";

/** Server keys name array items too ("answers.q_x.1"); show those messages on the field itself. */
function baseField(key: string, fieldNames: string[]) {
  return fieldNames.find((name) => key === name || key.startsWith(`${name}.`)) ?? key;
}

/**
 * The application form, rendered on the server and complete without JavaScript: it posts to the server
 * action, and the page comes back with the errors beside their fields and listed at the top. With
 * JavaScript, public/js/apply-form.js sends it with upload progress and writes the server's errors into
 * the same places; no React runs in the browser.
 */
export function ApplicationForm({ action, submitUrl, organizationName, privacyNoticeUrl, privacyNotice, questions, hints, idempotencyKey, tracking, state, refusedMessage }: Props) {
  const values = state.values ?? {};
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const fieldNames = [
    "name", "email", "phone", "location", "linkedin", "github", "website", "resume", "coverLetterFile", "coverLetterText",
    ...questions.map((q) => `answers.${questionField(q.id)}`),
    "consent", "leaveEmpty", "gender", "ethnicity", "veteranStatus", "disability", "idempotencyKey",
  ];

  // One message per field, the first the server gave.
  const errors: Record<string, string> = {};
  for (const [key, messages] of Object.entries(state.fieldErrors ?? {})) {
    const field = baseField(key, fieldNames);
    if (messages?.[0] && !errors[field]) errors[field] = messages[0];
  }
  const questionLabels = new Map(questions.map((q) => [`answers.${questionField(q.id)}`, q.label]));
  const problems: Problem[] = fieldNames.flatMap((name) => (errors[name] ? [{ name, message: errors[name], question: questionLabels.get(name) }] : []));
  // A refusal the page was sent back with stands until the form is sent again.
  const formError = state.formError ?? (state.fieldErrors ? undefined : refusedMessage);
  const common = (name: string) => ({ name, error: errors[name], check: hints[name] });

  return (
    <form
      action={action}
      noValidate
      aria-label={`Application to ${organizationName}`}
      data-apply-form=""
      data-submit-url={submitUrl}
      className="mt-8 flex flex-col gap-8"
    >
      <ErrorSummary problems={problems} formError={formError} filesNotKept={state.filesNotKept} />

      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {Object.entries(tracking).map(([key, value]) => value && <input key={key} type="hidden" name={key} value={value} />)}

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Your details</legend>
        <TextInput {...common("name")} label="Full name" required autoComplete="name" defaultValue={text("name")} />
        <TextInput {...common("email")} label="Email" type="email" required autoComplete="email" defaultValue={text("email")} />
        <TextInput {...common("phone")} label="Phone" type="tel" autoComplete="tel" defaultValue={text("phone")} />
        <TextInput {...common("location")} label="Where are you based?" autoComplete="address-level2" defaultValue={text("location")} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Links</legend>
        <TextInput {...common("linkedin")} label="LinkedIn profile" type="url" defaultValue={text("linkedin")} />
        <TextInput {...common("github")} label="GitHub profile" type="url" defaultValue={text("github")} />
        <TextInput {...common("website")} label="Website or portfolio" type="url" autoComplete="url" defaultValue={text("website")} />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-xl font-semibold">Resume and cover letter</legend>
        {/* Files can't be handed back to a browser: after a refused post without JavaScript they are chosen again. */}
        <FileInput {...common("resume")} label="Resume" required accept={ACCEPTED_FILE_TYPES} hint={fileHint} />
        <FileInput {...common("coverLetterFile")} label="Cover letter (file)" accept={ACCEPTED_FILE_TYPES} hint={`Optional. ${fileHint}`} />
        <TextArea {...common("coverLetterText")} label="Cover letter (text)" hint="Optional: type or paste it here instead of attaching a file." defaultValue={text("coverLetterText")} />
      </fieldset>

      {questions.length > 0 && (
        <fieldset className="flex flex-col gap-5">
          <legend className="mb-2 text-xl font-semibold">Questions from {organizationName}</legend>
          {questions.map((question) => {
            const name = `answers.${questionField(question.id)}`;
            return <Question key={question.id} question={question} field={{ ...common(name), question: question.label }} value={values[name]} />;
          })}
        </fieldset>
      )}

      {/* A trap for bots, out of sight and out of the tab order; screen readers skip it too. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor="field-leaveEmpty">Leave this empty</label>
        <input id="field-leaveEmpty" name="leaveEmpty" type="text" tabIndex={-1} autoComplete="off" />
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
            {...common(field)}
            label={selfIdentificationQuestions[field].label}
            options={selfIdentificationQuestions[field].options}
            placeholder="Not answered"
            defaultValue={text(field)}
          />
        ))}
      </fieldset>

      <div className="flex flex-col gap-1" {...fieldData(common("consent"))}>
        {privacyNotice && (
          <details className="mb-3 rounded-md border border-slate-300 bg-white p-4 text-sm">
            <summary className="cursor-pointer font-medium text-brand">Read {organizationName}&apos;s privacy notice</summary>
            {privacyNotice}
          </details>
        )}
        <div className="flex items-start gap-3">
          <input
            id={fieldId("consent")}
            name="consent"
            type="checkbox"
            className="mt-1 size-4 accent-brand"
            defaultChecked={values.consent === "on"}
            aria-required
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy("consent", errors.consent)}
          />
          <label htmlFor={fieldId("consent")} className="text-sm">
            I have read {organizationName}&apos;s{" "}
            <a href={privacyNoticeUrl} className="text-brand underline" target="_blank" rel="noreferrer">
              privacy notice (opens in a new tab)
            </a>{" "}
            and agree that my application is processed for this and similar roles. <span aria-hidden="true">*</span>
          </label>
        </div>
        <Described name="consent" error={errors.consent} />
      </div>

      <div className="flex flex-col gap-3">
        {/* Shown by the script while it sends the form; the words beside the bar are announced. */}
        <div className="flex items-center gap-3 text-sm text-slate-700">
          <progress value={0} max={100} aria-label="Upload progress" className="h-2 w-full" data-upload-progress="" hidden />
          <span aria-live="polite" className="shrink-0" data-upload-status="" />
        </div>
        <button type="submit" className={buttonClasses("brand", "self-start px-6 py-3 text-base")} data-sending-label="Sending…">
          Submit application
        </button>
      </div>
    </form>
  );
}

type QuestionField = { name: string; error?: string; check?: FieldHint; question: string };

function Question({ question, field, value }: { question: FormQuestion; field: QuestionField; value: string | string[] | undefined }) {
  const common = { ...field, label: question.label, required: question.required };
  const text = typeof value === "string" ? value : undefined;
  switch (question.type) {
    case "short_text":
      return <TextInput {...common} defaultValue={text} />;
    case "long_text":
      return <TextArea {...common} defaultValue={text} />;
    case "yes_no":
      return <ChoiceGroup {...common} options={[["yes", "Yes"], ["no", "No"]]} defaultValue={value} />;
    case "single_select":
      return <ChoiceGroup {...common} options={question.options.map((o) => [o, o] as const)} defaultValue={value} />;
    case "multi_select":
      return <ChoiceGroup {...common} multiple options={question.options.map((o) => [o, o] as const)} defaultValue={value} />;
    case "file":
      return <FileInput {...common} accept={ACCEPTED_FILE_TYPES} hint={fileHint} />;
  }
}
