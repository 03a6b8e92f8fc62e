"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { jobStatusLabels } from "@/lib/format";
import type { JobStatus } from "@/lib/enums";

type AddToJob = (input: { candidateId: string; jobId: string }) => Promise<ActionResult<{ applicationId: string }>>;

/** "Add to another job": the candidate joins an open or draft job's pipeline at its first stage. */
export function AddToJobForm({ candidateId, jobs, action }: { candidateId: string; jobs: { id: string; title: string; status: JobStatus }[]; action: AddToJob }) {
  const [jobId, setJobId] = useState("");
  const [result, setResult] = useState<{ ok: boolean; message: string; fieldError?: string } | null>(null);
  const [pending, startTransition] = useTransition();

  if (jobs.length === 0) return <p className="text-sm text-slate-700">This candidate is already on every open and draft job.</p>;
  return (
    <form
      aria-label="Add to another job"
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        if (!jobId) {
          setResult({ ok: false, message: "", fieldError: "Choose a job." });
          return;
        }
        const title = jobs.find((job) => job.id === jobId)?.title ?? "the job";
        startTransition(async () => {
          const outcome = await action({ candidateId, jobId });
          setResult(
            outcome.ok
              ? { ok: true, message: `Added to ${title}.` }
              : { ok: false, message: outcome.code === "VALIDATION" ? "" : (outcome.formError ?? ""), fieldError: outcome.fieldErrors?.jobId?.[0] },
          );
          if (outcome.ok) setJobId("");
        });
      }}
    >
      <SelectField label="Job" value={jobId} onChange={(event) => setJobId(event.target.value)} error={result?.fieldError} className="min-w-64">
        <option value="">Choose a job…</option>
        {jobs.map((job) => (
          <option key={job.id} value={job.id}>
            {job.title} ({jobStatusLabels[job.status]})
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {pending ? "Adding…" : "Add to job"}
      </Button>
      <div className="basis-full">
        {result && !result.ok && result.message && <Alert>{result.message}</Alert>}
        <p role="status" className="text-sm text-slate-700">
          {result?.ok ? result.message : ""}
        </p>
      </div>
    </form>
  );
}
