"use client";

import { useActionForm } from "@/components/jobs/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { stageKindLabels } from "@/lib/jobs/labels";

type Save = (input: FormData) => Promise<ActionResult<unknown>>;

export function RenameStageForm({ jobId, stage, rename }: { jobId: string; stage: { id: string; name: string }; rename: Save }) {
  const action = useActionForm(rename);
  return (
    <form onSubmit={action.onSubmit} noValidate aria-label={`Rename “${stage.name}”`} className="flex flex-wrap items-end gap-2">
      {action.formError && (
        <div className="basis-full">
          <Alert>{action.formError}</Alert>
        </div>
      )}
      <input type="hidden" name="jobId" value={jobId} />
      <input type="hidden" name="stageId" value={stage.id} />
      <Field id={`stage-${stage.id}-name`} label={`Name of stage “${stage.name}”`} name="name" defaultValue={stage.name} error={action.fieldError("name")} />
      <Button type="submit" variant="secondary" disabled={action.pending} className="px-3 py-2">
        Rename
      </Button>
    </form>
  );
}

export function AddStageForm({ jobId, add }: { jobId: string; add: Save }) {
  const action = useActionForm(add, (_data, form) => form.reset());
  return (
    <form onSubmit={action.onSubmit} noValidate aria-label="Add a stage" className="flex flex-wrap items-end gap-3">
      {action.formError && (
        <div className="basis-full">
          <Alert>{action.formError}</Alert>
        </div>
      )}
      <input type="hidden" name="jobId" value={jobId} />
      <Field id="new-stage-name" label="Stage name" name="name" error={action.fieldError("name")} />
      <SelectField id="new-stage-kind" label="Kind" name="kind" defaultValue="interview" error={action.fieldError("kind")}>
        {Object.entries(stageKindLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={action.pending}>
        Add stage
      </Button>
    </form>
  );
}
