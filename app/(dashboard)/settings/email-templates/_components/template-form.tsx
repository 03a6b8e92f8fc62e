"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import type { EmailTemplateRow } from "@/db/queries/candidate-mail";
import { MergeFieldsHint } from "@/components/mail/merge-fields-hint";
import { emailTemplateSchema, updateEmailTemplateSchema, type EmailTemplateInput } from "@/lib/validation/mail";
import { createEmailTemplateAction, deleteEmailTemplateAction, updateEmailTemplateAction } from "../actions";

type Values = EmailTemplateInput & { id?: string; version?: number };

/** Creates a template, or edits one at the version it was read (a colleague's save in between is refused). */
export function TemplateForm({ template }: { template?: EmailTemplateRow }) {
  const router = useRouter();
  const form = useServerForm<Values>({
    action: template ? updateEmailTemplateAction : createEmailTemplateAction,
    schema: template ? updateEmailTemplateSchema : emailTemplateSchema,
    defaultValues: template
      ? { id: template.id, version: template.version, name: template.name, subject: template.subject, body: template.body, decision: template.decision }
      : { name: "", subject: "", body: "", decision: false },
    onSuccess: () => router.push("/settings/email-templates"),
  });
  const { register } = form;
  return (
    <div className="mt-6 flex max-w-2xl flex-col gap-6">
      <form {...form.formProps} aria-label={template ? "Edit template" : "New template"} className="flex flex-col gap-4 rounded-lg border border-line bg-surface p-6">
        {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <Field label="Name" error={form.fieldError("name")} {...register("name")} />
        <Field label="Subject" error={form.fieldError("subject")} {...register("subject")} />
        <TextAreaField label="Message" rows={12} controlClassName="font-mono text-sm" error={form.fieldError("body")} {...register("body")} />
        <MergeFieldsHint />
        <div className="flex items-start gap-2">
          <input id="template-decision" type="checkbox" className="mt-1 size-4" {...register("decision")} />
          <label htmlFor="template-decision" className="text-sm">
            About a hiring decision
            <span className="block text-fg-muted">Sent even to candidates who asked for no email except about decisions.</span>
          </label>
        </div>
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Saving…" : template ? "Save template" : "Create template"}
          </Button>
        </div>
      </form>
      {template && <DeleteTemplate id={template.id} name={template.name} />}
    </div>
  );
}

/** Delete asks again first; the mail already sent from the template stays as it was. */
function DeleteTemplate({ id, name }: { id: string; name: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!asking) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setAsking(true)}>
          Delete template…
        </Button>
      </div>
    );
  }
  return (
    <section aria-labelledby="delete-template-heading" className="rounded-lg border border-red-300 bg-surface p-4">
      <h2 id="delete-template-heading" className="font-semibold">
        Delete “{name}”?
      </h2>
      <p className="mt-1 text-sm text-fg-muted">Emails already sent from it are kept.</p>
      {error && (
        <div className="mt-3">
          <Alert>{error}</Alert>
        </div>
      )}
      <div className="mt-3 flex gap-2">
        <Button
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await deleteEmailTemplateAction({ id });
              if (result.ok) router.push("/settings/email-templates");
              else setError(result.formError ?? "This template could not be deleted.");
            })
          }
        >
          Yes, delete it
        </Button>
        <Button variant="ghost" onClick={() => setAsking(false)}>
          Keep it
        </Button>
      </div>
    </section>
  );
}
