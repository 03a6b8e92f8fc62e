"use client";

import Link from "@/components/ui/link";
import { useState } from "react";
import { SavedNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { MergeFieldsHint } from "@/components/mail/merge-fields-hint";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { renderCandidateEmail, type MergeValues } from "@/lib/mail/merge-fields";
import { recipientProblem, type RecipientFacts } from "@/lib/mail/recipients";
import { composeEmailSchema, type ComposeEmailInput } from "@/lib/validation/mail";
import { sendCandidateEmailAction } from "../actions";

type Recipient = RecipientFacts & { applicationId: string; label: string; jobTitle: string };
type Sent = { queued: number; sendAt: string | null; skipped: string | null };
type Template = { id: string; name: string; subject: string; body: string; decision: boolean };

type Props = {
  applicationIds: string[];
  recipients: Recipient[];
  templates: Template[];
  /** The merge values of the first recipient who can get the message, for the preview. */
  preview: MergeValues;
  back: { href: string; label: string };
  timeZone: string;
};

/** "2 recipients can't receive this email: it goes to the other 28 only." */
function blockedNotice(blocked: Recipient[], reached: number): string {
  const who = blocked.length === 1 ? "One recipient" : reached === 0 ? `All ${blocked.length} recipients` : `${blocked.length} recipients`;
  const decisionWouldDo = blocked.some((r) => recipientProblem(r, true) === null);
  const outcome = reached === 0 ? "nothing will be sent" : `it goes to the other ${reached === 1 ? "one" : reached} only`;
  return `${who} can't receive this email${decisionWouldDo ? " unless it is about a hiring decision" : ""}: ${outcome}.${decisionWouldDo ? " Mark the email as about a decision if it is one." : ""}`;
}

export function ComposeForm({ applicationIds, recipients, templates, preview, back, timeZone }: Props) {
  const [done, setDone] = useState<Sent | null>(null);
  const [requestId] = useState(() => crypto.randomUUID());
  const form = useServerForm<ComposeEmailInput, unknown, Sent>({
    action: sendCandidateEmailAction,
    schema: composeEmailSchema,
    defaultValues: { applicationIds, subject: "", body: "", decision: false, when: "now", sendAt: "", requestId },
    onSuccess: (data) => setDone(data),
  });
  const { register, watch, setValue } = form;
  const [subject, body, decision, when] = watch(["subject", "body", "decision", "when"]);
  const rendered = renderCandidateEmail({ subject: subject ?? "", body: body ?? "" }, preview);
  const blocked = recipients.filter((r) => recipientProblem(r, Boolean(decision)));
  const reached = recipients.length - blocked.length;
  const many = recipients.length > 1;

  if (done) {
    return (
      <div className="mt-6 flex max-w-2xl flex-col gap-4">
        <SavedNotice shown>
          {done.sendAt
            ? `Email scheduled for ${done.sendAt} to ${done.queued === 1 ? "1 candidate" : `${done.queued} candidates`}.`
            : `Email queued for ${done.queued === 1 ? "1 candidate" : `${done.queued} candidates`}. It goes out within a minute.`}
          {done.skipped && ` ${done.skipped}`}
        </SavedNotice>
        <p>
          <Link href={back.href} className="font-medium text-accent-strong underline">
            Back to {back.label}
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-2">
      <form {...form.formProps} aria-label="Compose email" className="flex min-w-0 flex-col gap-4 rounded-lg border border-line bg-surface p-6">
        {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <section aria-labelledby="recipients-heading">
          <h2 id="recipients-heading" className="text-sm font-semibold">
            {many ? `To ${recipients.length} candidates` : "To"}
          </h2>
          <ul className="mt-1 max-h-48 overflow-y-auto text-sm">
            {recipients.map((r) => (
              <li key={r.applicationId} className="break-words">
                {r.label} <span className="text-fg-muted">· {r.jobTitle}</span>
                {r.gone && <span className="block text-danger">Can&apos;t be emailed: their data was deleted or merged.</span>}
                {!r.gone && r.status === "withdrawn" && <span className="block text-danger">Won&apos;t be emailed: they withdrew this application.</span>}
                {!r.gone && r.status !== "withdrawn" && r.decisionsOnly && <span className="block text-fg-muted">Asked for no email except about decisions.</span>}
              </li>
            ))}
          </ul>
          {blocked.length > 0 && (
            <div className="mt-3">
              <Alert tone="info">
                {blockedNotice(blocked, reached)}
              </Alert>
            </div>
          )}
        </section>
        {templates.length > 0 && (
          <SelectField
            label="Template"
            defaultValue=""
            onChange={(event) => {
              const template = templates.find((t) => t.id === event.target.value);
              if (!template) return;
              setValue("subject", template.subject, { shouldValidate: true });
              setValue("body", template.body, { shouldValidate: true });
              setValue("decision", template.decision);
            }}
          >
            <option value="">Write from scratch</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </SelectField>
        )}
        <Field label="Subject" error={form.fieldError("subject")} {...register("subject")} />
        <TextAreaField label="Message" rows={12} controlClassName="text-sm" error={form.fieldError("body")} {...register("body")} />
        <MergeFieldsHint />
        <div className="flex items-start gap-2">
          <input id="compose-decision" type="checkbox" className="mt-1 size-4" {...register("decision")} />
          <label htmlFor="compose-decision" className="text-sm">
            About a hiring decision
            <span className="block text-fg-muted">Also reaches candidates who asked for no email except about decisions.</span>
          </label>
        </div>
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">When</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" className="size-4" {...form.registerRadio("when", "now")} /> Send now
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" className="size-4" {...form.registerRadio("when", "later")} /> Send later
          </label>
          {when === "later" && (
            <Field label="Send at" type="datetime-local" hint={`In your time zone, ${timeZone}.`} error={form.fieldError("sendAt")} {...register("sendAt")} />
          )}
        </fieldset>
        {form.fieldError("applicationIds") && <p className="text-sm text-danger">{form.fieldError("applicationIds")}</p>}
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? "Sending…" : when === "later" ? "Schedule email" : "Send email"}
          </Button>
        </div>
      </form>
      <section aria-labelledby="preview-heading" className="min-w-0 rounded-lg border border-line bg-surface p-6">
        <h2 id="preview-heading" className="text-lg font-semibold">
          Preview{many ? ` for ${preview.candidate_name}` : ""}
        </h2>
        <p className="mt-2 text-sm">
          <span className="font-medium">Subject:</span> <span data-testid="preview-subject">{rendered.subject}</span>
        </p>
        <div data-testid="preview-body" className="mt-3 rounded-md border border-line p-4 text-sm break-words whitespace-pre-wrap">
          {rendered.text || <span className="text-fg-muted">The message appears here as the candidate will read it.</span>}
        </div>
      </section>
    </div>
  );
}
