"use client";

import type { SelectHTMLAttributes } from "react";
import { Field, SelectField } from "@/components/ui/field";

export type JobWithStages = { id: string; title: string; stages: { id: string; name: string }[] };

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { error?: string; hint?: string };

/**
 * A job (or none) and one of its live stages, for putting new candidates in a pipeline: added by hand or
 * imported. `jobId` is the job chosen now, whose stages the second list offers.
 */
export function JobStageFields({
  idPrefix,
  jobs,
  jobId,
  jobLabel,
  noJob,
  jobProps,
  stageProps,
}: {
  idPrefix: string;
  jobs: JobWithStages[];
  jobId: string | undefined;
  jobLabel: string;
  noJob: string;
  jobProps: SelectProps;
  stageProps: SelectProps;
}) {
  const stages = jobs.find((job) => job.id === jobId)?.stages ?? [];
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField id={`${idPrefix}-job`} label={jobLabel} {...jobProps}>
        <option value="">{noJob}</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${idPrefix}-stage`} label="Stage" disabled={stages.length === 0} {...stageProps}>
        <option value="">{stages.length === 0 ? "Choose a job first" : "First stage"}</option>
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}

/** The optional resume a member uploads for someone; typed by its bytes on the server. */
export function ResumeField({ id, label, error, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string; ref?: React.Ref<HTMLInputElement> }) {
  return (
    <Field
      id={id}
      label={label}
      type="file"
      accept=".pdf,.doc,.docx,.rtf,.odt,.txt"
      controlClassName="text-sm"
      hint="PDF, Word, RTF, OpenDocument or text, up to 10 MB."
      error={error}
      {...props}
    />
  );
}
