"use client";

import { useWatch } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { JobQuestion, QuestionType } from "@/db/schema";
import type { ActionResult } from "@/lib/action-result";
import { questionTypeLabels } from "@/lib/jobs/labels";
import { addQuestionSchema, updateQuestionSchema } from "@/lib/validation/job";

type Values = { jobId: string; questionId?: string; label: string; helpText: string; type: QuestionType; options: string; required: boolean };

type Props = {
  jobId: string;
  /** The question to edit; none to add a new one. */
  question?: Pick<JobQuestion, "id" | "label" | "helpText" | "type" | "options" | "required">;
  save: (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;
  onSaved?: () => void;
};

const withOptions = (type: string) => type === "single_select" || type === "multi_select";

/** The fields of a custom question, for adding one and for editing one in place. */
export function QuestionForm({ jobId, question, save, onSaved }: Props) {
  const form = useServerForm<Values, unknown>({
    action: save,
    schema: question ? updateQuestionSchema : addQuestionSchema,
    defaultValues: {
      jobId,
      questionId: question?.id,
      label: question?.label ?? "",
      helpText: question?.helpText ?? "",
      type: question?.type ?? "short_text",
      options: question?.options.join("\n") ?? "",
      required: question?.required ?? false,
    },
    onSuccess: (_data, { reset }) => {
      if (!question) reset();
      onSaved?.();
    },
  });
  const type = useWatch({ control: form.control, name: "type" });
  const fieldError = form.fieldError;
  const prefix = question ? `question-${question.id}` : "new-question";
  const noun = question ? `“${question.label}”` : "the new question";
  return (
    <form {...form.formProps} aria-label={question ? `Edit ${noun}` : "Add a question"} className="flex flex-col gap-4">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <Field id={`${prefix}-label`} label="Question" error={fieldError("label")} {...form.register("label")} />
      <Field
        id={`${prefix}-help`}
        label="Help text (optional)"
        error={fieldError("helpText")}
        {...form.register("helpText")}
      />
      <SelectField
        id={`${prefix}-type`}
        label="Answer"
        error={fieldError("type")}
        {...form.register("type")}
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
            rows={4}
            aria-describedby={`${prefix}-options-hint${fieldError("options") ? ` ${prefix}-options-error` : ""}`}
            aria-invalid={fieldError("options") ? true : undefined}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
            {...form.register("options")}
          />
          <p id={`${prefix}-options-hint`} className="text-sm text-slate-600">
            One option per line.
          </p>
          {fieldError("options") && (
            <p id={`${prefix}-options-error`} className="text-sm text-red-700">
              {fieldError("options")}
            </p>
          )}
        </div>
      )}
      <div className="flex items-center gap-2">
        <input id={`${prefix}-required`} type="checkbox" className="size-4" {...form.register("required")} />
        <label htmlFor={`${prefix}-required`} className="text-sm font-medium text-slate-900">
          Required
        </label>
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {question ? "Save question" : "Add question"}
        </Button>
      </div>
    </form>
  );
}
