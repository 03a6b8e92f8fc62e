"use client";

import { useState } from "react";
import type { z } from "zod";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { jobStatusLabels } from "@/lib/format";
import type { JobStatus } from "@/lib/enums";
import { addToJobSchema } from "@/lib/validation/notes";

type Values = z.input<typeof addToJobSchema>;
type AddToJob = (input: Values) => Promise<ActionResult<{ applicationId: string }>>;

/** "Add to another job": the candidate joins an open or draft job's pipeline at its first stage. */
export function AddToJobForm({ candidateId, jobs, action }: { candidateId: string; jobs: { id: string; title: string; status: JobStatus }[]; action: AddToJob }) {
  const [added, setAdded] = useState("");
  const form = useServerForm<Values, z.output<typeof addToJobSchema>, { applicationId: string }>({
    action,
    schema: addToJobSchema,
    defaultValues: { candidateId, jobId: "" },
    onSuccess: (_data, { getValues, reset }) => {
      setAdded(`Added to ${jobs.find((job) => job.id === getValues("jobId"))?.title ?? "the job"}.`);
      reset({ candidateId, jobId: "" });
    },
  });

  if (jobs.length === 0) return <p className="text-sm text-slate-700">This candidate is already on every open and draft job.</p>;
  return (
    <form
      {...form.formProps}
      aria-label="Add to another job"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        setAdded("");
        form.formProps.onSubmit(event);
      }}
    >
      <SelectField label="Job" error={form.fieldError("jobId")} className="min-w-64" {...form.register("jobId")}>
        <option value="">Choose a job…</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title} ({jobStatusLabels[job.status]})
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Adding…" : "Add to job"}
      </Button>
      <div className="basis-full">
        {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <p role="status" className="text-sm text-slate-700">
          {added}
        </p>
      </div>
    </form>
  );
}
