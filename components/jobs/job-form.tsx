"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import type { EmploymentType, JobStatus, WorkplaceType } from "@/lib/enums";
import type { ActionResult } from "@/lib/action-result";
import { employmentTypeLabels, payPeriodLabels, workplaceTypeLabels } from "@/lib/jobs/format";
import { slugify } from "@/lib/jobs/slug";
import { jobFieldsSchema, type JobFields } from "@/lib/validation/job";
import type { CheckedField, PostingReview, PostingWarning } from "@/lib/jobs/checks";
import type { ImportReview } from "@/lib/postings/types";
import { foundHint } from "./import-review";
import { MarkdownPreview } from "./markdown-preview";
import { PublishChecks } from "./publish-checks";
import { PublishConfirm } from "./publish-confirm";
import { useLiveResult } from "./use-live-result";

export type JobFormValues = {
  title: string;
  slug: string;
  department: string;
  location: string;
  workplaceType: WorkplaceType;
  employmentType: EmploymentType;
  payMin: string;
  payMax: string;
  payCurrency: string;
  payPeriod: string;
  closesAt: string;
  anonymizedReview: boolean;
  descriptionMd: string;
};

/** What the actions answer: saved, or (publishing) the warnings to confirm first, with nothing saved. */
type Saved = { jobId?: string; version?: number; status?: JobStatus; confirm?: PostingWarning[] };

type FormValues = JobFormValues & { jobId?: string; version?: number; confirmedWarnings?: string[] };

type Props = {
  values: JobFormValues;
  initialPreviewHtml: string;
  careersPrefix: string;
  save: (input: Record<string, unknown>) => Promise<ActionResult<Saved>>;
  preview: (input: { markdown: string }) => Promise<ActionResult<string>>;
  /** The "Before you publish" checks on the fields as they stand, and their answer for the first render. */
  check: (input: Record<string, unknown>) => Promise<ActionResult<PostingReview>>;
  initialReview: PostingReview;
  /** An imported draft's notes: fields found in the text are marked for checking. */
  importReview?: ImportReview | null;
} & ({ mode: "create" } | { mode: "edit"; jobId: string; version: number; status: JobStatus });

const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));

const doneMessages: Record<string, string> = {
  save: "Changes saved.",
  publish: "Published: the job is open for applications.",
  close: "Closed: the job no longer takes applications.",
  reopen: "Reopened: the job takes applications again.",
};

/** The fields the "Before you publish" checks read, as the editor holds them. */
function checkedValues(values: JobFormValues) {
  const { title, descriptionMd, department, location, workplaceType, employmentType, payMin, payMax, payCurrency, payPeriod, closesAt } = values;
  return { title, descriptionMd, department, location, workplaceType, employmentType, payMin, payMax, payCurrency, payPeriod, closesAt };
}

/** Creating and editing a job: the same fields, checked by the same schema in the browser and on the server. */
export function JobForm(props: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState<{ version: number; status: JobStatus; message: string } | null>(null);
  const [confirming, setConfirming] = useState<PostingWarning[] | null>(null);
  const lastIntent = useRef("save");
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);
  const publishButton = useRef<HTMLButtonElement>(null);
  const form = useServerForm<FormValues, JobFields, Saved>({
    action: props.save,
    schema: jobFieldsSchema,
    defaultValues: { ...props.values, confirmedWarnings: [], ...(props.mode === "edit" && { jobId: props.jobId, version: props.version }) },
    onSuccess: (data, { setValue }) => {
      if (data.confirm) {
        setConfirming(data.confirm);
        return;
      }
      setConfirming(null);
      if (props.mode === "create") {
        router.push(`/jobs/${data.jobId}`);
        return;
      }
      // The next save must carry the version this one produced, or it would be refused as stale.
      setValue("version", data.version!);
      setSaved({ version: data.version!, status: data.status!, message: doneMessages[lastIntent.current] ?? "Saved." });
      // The pressed button ("Save and publish", "Publish anyway") is gone with the new status: the message takes its focus.
      focusStatus.current = lastIntent.current !== "save";
    },
  });
  useEffect(() => {
    if (!focusStatus.current || !saved?.message) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  }, [saved]);
  const { register, setValue, control } = form;
  // A refusal (stale version, taken address) is the form's alert, which takes the focus: the question is over.
  const confirmation = form.state?.ok === false ? null : confirming;

  const checked = checkedValues(useWatch({ control }) as FormValues);
  const checkedKey = JSON.stringify(checked);
  const checks = useLiveResult(checkedKey, () => props.check(checked), props.initialReview, 500);

  const description = useWatch({ control, name: "descriptionMd" }) as string;
  const slug = useWatch({ control, name: "slug" }) as string;
  // A new job's address follows its title until the person makes it their own (typed, or before hydration),
  // however the title changed: typed, or typed before hydration and handed to the form afterwards.
  const title = useWatch({ control, name: "title" }) as string;
  const titleBefore = useRef(title);
  const { suggest } = form;
  useEffect(() => {
    if (props.mode !== "create" || title === titleBefore.current) return;
    titleBefore.current = title;
    suggest("slug", slugify(title));
  }, [props.mode, title, suggest]);
  const status = props.mode === "edit" ? (saved?.status ?? props.status) : "draft";
  const error = (name: keyof JobFormValues) => form.fieldError(name);
  const review = props.importReview;
  const found = (name: Parameters<typeof foundHint>[1]) => foundHint(review, name);

  return (
    <form
      {...form.formProps}
      aria-label={props.mode === "create" ? "New job" : "Edit job"}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        lastIntent.current = submitter?.getAttribute("value") ?? "save";
        // "Publish anyway" confirms exactly the warnings it showed; any other button confirms none.
        setValue("confirmedWarnings", submitter?.hasAttribute("data-confirm") && confirmation ? confirmation.map((warning) => warning.id) : []);
        setSaved((current) => current && { ...current, message: "" });
        form.formProps.onSubmit(event);
      }}
      className="flex flex-col gap-6"
    >
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="text-sm font-medium text-emerald-800 empty:hidden">
        {saved?.message}
      </p>
      <fieldset disabled={form.pending} className="grid gap-5 sm:grid-cols-2">
        <legend className="sr-only">Job details</legend>
        <Field
          label="Title"
          className="sm:col-span-2"
          hint={review?.titleGuessed ? "Title guessed from the text — check it." : undefined}
          error={error("title")}
          {...register("title")}
        />
        <Field
          label="Address"
          className="sm:col-span-2"
          hint={`The posting's web address: ${props.careersPrefix}/${slug || "…"}`}
          error={error("slug")}
          {...register("slug")}
        />
        <Field label="Department" hint={found("department")} error={error("department")} {...register("department")} />
        <Field label="Location" hint={found("location")} error={error("location")} {...register("location")} />
        <SelectField label="Workplace" hint={found("workplaceType")} error={error("workplaceType")} {...register("workplaceType")}>
          {options(workplaceTypeLabels)}
        </SelectField>
        <SelectField label="Employment type" hint={found("employmentType")} error={error("employmentType")} {...register("employmentType")}>
          {options(employmentTypeLabels)}
        </SelectField>
        <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-4">
          <legend className="mb-2 text-sm font-semibold text-fg">Pay range (optional)</legend>
          {found("pay") && <p className="text-sm text-fg-subtle sm:col-span-4">{found("pay")}</p>}
          <Field label="Minimum" inputMode="numeric" error={error("payMin")} {...register("payMin")} />
          <Field label="Maximum" inputMode="numeric" error={error("payMax")} {...register("payMax")} />
          <Field label="Currency" hint="Like EUR or USD" maxLength={3} error={error("payCurrency")} {...register("payCurrency")} />
          <SelectField label="Per" error={error("payPeriod")} {...register("payPeriod")}>
            <option value="">—</option>
            {options(payPeriodLabels)}
          </SelectField>
        </fieldset>
        <Field label="Closing date (optional)" type="date" hint="Applications close at the end of this day (UTC)." error={error("closesAt")} {...register("closesAt")} />
        <div className="flex items-start gap-2 self-center">
          <input id="anonymizedReview" type="checkbox" className="mt-1 size-4" aria-describedby="anonymizedReview-hint" {...register("anonymizedReview")} />
          <div>
            <label htmlFor="anonymizedReview" className="text-sm font-medium text-fg">
              Anonymised review
            </label>
            <p id="anonymizedReview-hint" className="text-sm text-fg-subtle">
              Hiring managers and interviewers see candidates without names or contact details until the offer stage.
            </p>
          </div>
        </div>
        <TextAreaField
          id="descriptionMd"
          label="Description"
          rows={14}
          className="sm:col-span-2"
          controlClassName="font-mono text-sm"
          hint="Markdown: headings (##), lists, **bold**, links. HTML and scripts are removed."
          error={error("descriptionMd")}
          {...register("descriptionMd")}
        />
      </fieldset>
      <MarkdownPreview markdown={description ?? ""} initialHtml={props.initialPreviewHtml} render={props.preview} />
      <PublishChecks
        review={checks.value}
        busy={checks.busy}
        heading={status === "draft" ? "Before you publish" : "Checks on the posting"}
        onGoTo={(field: CheckedField) => form.setFocus(field)}
      />
      <div className="flex flex-wrap gap-3">
        {props.mode === "create" ? (
          <>
            <Button ref={publishButton} type="submit" name="intent" value="publish" disabled={form.pending}>
              Publish
            </Button>
            <Button type="submit" name="intent" value="draft" variant="secondary" disabled={form.pending}>
              Save as draft
            </Button>
          </>
        ) : (
          <>
            <Button type="submit" name="intent" value="save" disabled={form.pending}>
              Save changes
            </Button>
            {status === "draft" && (
              <Button ref={publishButton} type="submit" name="intent" value="publish" variant="secondary" disabled={form.pending}>
                Save and publish
              </Button>
            )}
            {status === "open" && (
              <Button type="submit" name="intent" value="close" variant="secondary" disabled={form.pending}>
                Save and close
              </Button>
            )}
            {status === "closed" && (
              <Button ref={publishButton} type="submit" name="intent" value="reopen" variant="secondary" disabled={form.pending}>
                Save and reopen
              </Button>
            )}
          </>
        )}
      </div>
      {confirmation && (
        <PublishConfirm
          warnings={confirmation}
          intent={status === "closed" ? "reopen" : "publish"}
          pending={form.pending}
          onCancel={() => {
            setConfirming(null);
            publishButton.current?.focus();
          }}
        />
      )}
    </form>
  );
}
