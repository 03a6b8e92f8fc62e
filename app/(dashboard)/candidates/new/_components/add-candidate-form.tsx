"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { JobStageFields, ResumeField, type JobWithStages } from "@/components/candidates/job-stage-fields";
import type { ActionResult } from "@/lib/action-result";
import { addCandidateSchema, type AddCandidateForm as Values } from "@/lib/validation/candidates";

type Result = { outcome: "added"; candidateId: string; applicationId: string | null } | { outcome: "duplicate"; candidateId: string; name: string };

export function AddCandidateForm({ jobs, addCandidate }: { jobs: JobWithStages[]; addCandidate: (input: FormData) => Promise<ActionResult<Result>> }) {
  const router = useRouter();
  const form = useServerForm<Values, unknown, Result>({
    action: addCandidate,
    schema: addCandidateSchema,
    send: "formData",
    onSuccess: (result) => {
      if (result.outcome === "added") router.push(`/candidates/${result.candidateId}`);
    },
  });
  const duplicate = form.state?.ok && form.state.data.outcome === "duplicate" ? form.state.data : null;
  return (
    <form {...form.formProps} aria-label="Add a candidate" className="flex flex-col gap-4">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      {duplicate && (
        <Alert tone="info">
          {duplicate.name} already has this email address in Candor, so nobody was added.{" "}
          <Link href={`/candidates/${duplicate.candidateId}`} className="font-medium underline">
            Open {duplicate.name}
          </Link>{" "}
          to see them or add them to a job.
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="candidate-name" label="Full name" autoComplete="off" error={form.fieldError("name")} {...form.register("name")} />
        <Field id="candidate-email" label="Email" type="email" autoComplete="off" error={form.fieldError("email")} {...form.register("email")} />
        <Field id="candidate-phone" label="Phone (optional)" type="tel" error={form.fieldError("phone")} {...form.register("phone")} />
        <Field id="candidate-location" label="Location (optional)" error={form.fieldError("location")} {...form.register("location")} />
        <Field id="candidate-linkedin" label="LinkedIn profile (optional)" error={form.fieldError("linkedin")} {...form.register("linkedin")} />
        <Field id="candidate-website" label="Website (optional)" error={form.fieldError("website")} {...form.register("website")} />
      </div>
      <ResumeField id="candidate-resume" label="Resume (optional)" error={form.fieldError("resume")} {...form.register("resume")} />
      <JobStageFields
        idPrefix="candidate"
        jobs={jobs}
        jobId={form.watch("jobId") as string | undefined}
        jobLabel="Job"
        noJob="No job (prospect)"
        jobProps={{ hint: "Leave empty to keep them as a prospect.", error: form.fieldError("jobId"), ...form.register("jobId") }}
        stageProps={{ error: form.fieldError("stageId"), ...form.register("stageId") }}
      />
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add candidate"}
        </Button>
      </div>
    </form>
  );
}
