"use client";

import { useState } from "react";
import { useActionForm } from "@/components/jobs/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { JobQuestion, QuestionType } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import { questionTypeLabels } from "@/lib/jobs/labels";

type Props = {
  jobId: string;
  /** The question to edit; none to add a new one. */
  question?: Pick<JobQuestion, "id" | "label" | "helpText" | "type" | "options" | "required">;
  save: (input: FormData) => Promise<ActionResult<unknown>>;
  onSaved?: () => void;
};

const withOptions = (type: string) => type === "single_select" || type === "multi_select";

/** The fields of a custom question, for adding one and for editing one in place. */
export function QuestionForm({ jobId, question, save, onSaved }: Props) {
  const [type, setType] = useState<QuestionType>(question?.type ?? "short_text");
  const action = useActionForm(save, (_data, form) => {
    if (!question) {
      form.reset();
      setType("short_text");
    }
    onSaved?.();
  });
  const prefix = question ? `question-${question.id}` : "new-question";
  const noun = question ? `“${question.label}”` : "the new question";
  return (
    <form onSubmit={action.onSubmit} noValidate aria-label={question ? `Edit ${noun}` : "Add a question"} className="flex flex-col gap-4">
      {action.formError && <Alert>{action.formError}</Alert>}
      <input type="hidden" name="jobId" value={jobId} />
      {question && <input type="hidden" name="questionId" value={question.id} />}
      <Field id={`${prefix}-label`} label="Question" name="label" defaultValue={question?.label} error={action.fieldError("label")} />
      <Field
        id={`${prefix}-help`}
        label="Help text (optional)"
        name="helpText"
        defaultValue={question?.helpText ?? ""}
        error={action.fieldError("helpText")}
      />
      <SelectField
        id={`${prefix}-type`}
        label="Answer"
        name="type"
        value={type}
        onChange={(event) => setType(event.target.value as QuestionType)}
        error={action.fieldError("type")}
      >
        {Object.entries(questionTypeLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {withOptions(type) && (
        <div className="flex flex-col gap-1">
          <label htmlFor={`${prefix}-options`} className="text-sm font-medium text-slate-900">
            Options
          </label>
          <textarea
            id={`${prefix}-options`}
            name="options"
            rows={4}
            defaultValue={question?.options.join("\n")}
            aria-describedby={`${prefix}-options-hint${action.fieldError("options") ? ` ${prefix}-options-error` : ""}`}
            aria-invalid={action.fieldError("options") ? true : undefined}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
          />
          <p id={`${prefix}-options-hint`} className="text-sm text-slate-600">
            One option per line.
          </p>
          {action.fieldError("options") && (
            <p id={`${prefix}-options-error`} className="text-sm text-red-700">
              {action.fieldError("options")}
            </p>
          )}
        </div>
      )}
      <div className="flex items-center gap-2">
        <input id={`${prefix}-required`} type="checkbox" name="required" defaultChecked={question?.required} className="size-4" />
        <label htmlFor={`${prefix}-required`} className="text-sm font-medium text-slate-900">
          Required
        </label>
      </div>
      <div>
        <Button type="submit" disabled={action.pending}>
          {question ? "Save question" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
