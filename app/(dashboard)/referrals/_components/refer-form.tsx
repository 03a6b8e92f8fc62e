"use client";

import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ResumeField } from "@/components/candidates/job-stage-fields";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { referCandidateSchema, type ReferCandidateForm } from "@/lib/validation/candidates";

export function ReferForm({ jobs, refer }: { jobs: { id: string; title: string }[]; refer: (input: FormData) => Promise<ActionResult<{ applicationId: string }>> }) {
  const form = useServerForm<ReferCandidateForm, unknown, { applicationId: string }>({
    action: refer,
    schema: referCandidateSchema,
    send: "formData",
    onSuccess: (_data, rhf) => rhf.reset(),
  });
  return (
    <form {...form.formProps} aria-label="Refer someone" className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="referral-name" label="Their full name" autoComplete="off" error={form.fieldError("name")} {...form.register("name")} />
        <Field id="referral-email" label="Their email" type="email" autoComplete="off" error={form.fieldError("email")} {...form.register("email")} />
        <Field id="referral-phone" label="Their phone (optional)" type="tel" error={form.fieldError("phone")} {...form.register("phone")} />
        <SelectField id="referral-job" label="Job" error={form.fieldError("jobId")} {...form.register("jobId")}>
          <option value="">Choose a job</option>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </SelectField>
      </div>
      <ResumeField id="referral-resume" label="Their resume (optional)" error={form.fieldError("resume")} {...form.register("resume")} />
      <TextAreaField id="referral-note" label="Why they would be a good fit (optional)" rows={4} error={form.fieldError("note")} {...form.register("note")} />
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <SavedNotice shown={form.saved}>Thank you! Your referral was sent to the hiring team. It is listed under My referrals.</SavedNotice>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Sending…" : "Refer"}
        </Button>
      </div>
    </form>
  );
}
