"use client";

import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { stageKindLabels } from "@/lib/jobs/labels";
import { addStageSchema, renameStageSchema } from "@/lib/validation/job";

type Save = (input: Record<string, unknown>) => Promise<ActionResult<unknown>>;

export function RenameStageForm({ jobId, stage, rename }: { jobId: string; stage: { id: string; name: string }; rename: Save }) {
  const form = useServerForm<z.input<typeof renameStageSchema>>({
    action: rename,
    schema: renameStageSchema,
    defaultValues: { jobId, stageId: stage.id, name: stage.name },
  });
  return (
    <form {...form.formProps} aria-label={`Rename “${stage.name}”`} className="flex flex-wrap items-end gap-2">
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <Field id={`stage-${stage.id}-name`} label={`Name of stage “${stage.name}”`} error={form.fieldError("name")} {...form.register("name")} />
      <Button type="submit" variant="secondary" disabled={form.pending} className="px-3 py-2">
        Rename
      </Button>
    </form>
  );
}

export function AddStageForm({ jobId, add }: { jobId: string; add: Save }) {
  const form = useServerForm<z.input<typeof addStageSchema>>({
    action: add,
    schema: addStageSchema,
    defaultValues: { jobId, name: "", kind: "interview" },
    onSuccess: (_data, { reset }) => reset(),
  });
  return (
    <form {...form.formProps} aria-label="Add a stage" className="flex flex-wrap items-end gap-3">
      {form.formError && (
        <div className="basis-full">
          <Alert id={form.alertId}>{form.formError}</Alert>
        </div>
      )}
      <Field id="new-stage-name" label="Stage name" error={form.fieldError("name")} {...form.register("name")} />
      <SelectField id="new-stage-kind" label="Kind" error={form.fieldError("kind")} {...form.register("kind")}>
        {Object.entries(stageKindLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={form.pending}>
        Add stage
      </Button>
    </form>
  );
}
