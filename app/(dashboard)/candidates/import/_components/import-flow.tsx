"use client";

import Link from "@/components/ui/link";
import { useEffect, useRef, useState } from "react";
import { ResultNotice } from "@/components/forms/saved-notice";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { JobStageFields, type JobWithStages } from "@/components/candidates/job-stage-fields";
import { Field, SelectField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { importFieldLabels, importFields, type ColumnMapping } from "@/lib/candidates/csv-import";
import type { ImportPreview, ImportResult } from "@/server/candidates/import-candidates";

type StepResult = { step: "preview"; preview: ImportPreview } | { step: "imported"; result: ImportResult };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Upload → mapping → preview → import → result, in one form: "Check the file" reads it and shows the
 * mapping and the rows' errors, "Import" stores it. The file stays chosen between the steps.
 */
export function ImportFlow({ jobs, importStep }: { jobs: JobWithStages[]; importStep: (input: FormData) => Promise<ActionResult<StepResult>> }) {
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [jobId, setJobId] = useState("");
  const [done, setDone] = useState<ImportResult | null>(null);
  const intent = useRef<HTMLInputElement>(null);
  // "Import another file" takes its view away: focus goes to the file field of the form that replaces it.
  const startAgain = useRef(false);
  useEffect(() => {
    if (done || !startAgain.current) return;
    startAgain.current = false;
    document.getElementById("import-file")?.focus();
  }, [done]);
  const form = useServerForm<Record<string, unknown>, unknown, StepResult>({
    action: importStep,
    send: "formData",
    onSuccess: (data) => {
      if (data.step === "imported") return setDone(data.result);
      setPreview(data.preview);
      setMapping(data.preview.mapping);
    },
  });

  if (done) {
    return (
      <ImportDone
        result={done}
        jobTitle={jobs.find((job) => job.id === jobId)?.title ?? "the job"}
        again={() => {
          startAgain.current = true;
          setDone(null);
          setPreview(null);
          setMapping([]);
        }}
      />
    );
  }
  return (
    <form {...form.formProps} aria-label="Import candidates" className="flex max-w-4xl flex-col gap-6">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <section aria-labelledby="import-upload" className="flex flex-col gap-3">
        <h2 id="import-upload" className="text-lg font-semibold">
          1. Upload
        </h2>
        <Field
          id="import-file"
          label="CSV file"
          type="file"
          accept=".csv,text/csv"
          controlClassName="text-sm"
          hint="Comma, semicolon or tab separated, UTF-8, with a header row."
          error={form.fieldError("file")}
          name="file"
          onChange={() => {
            setPreview(null);
            setMapping([]);
          }}
        />
        <input type="hidden" name="mapping" value={preview ? JSON.stringify(mapping) : ""} />
        {/* Which button was pressed (Enter presses the first): the button itself is disabled, so left out of the form data, by the time it is sent. Set on the element alone: a React value would be put back at the next render. */}
        <input type="hidden" name="intent" ref={intent} />
        <div>
          <Button type="submit" variant={preview ? "secondary" : "primary"} disabled={form.pending} onClick={() => void (intent.current!.value = "preview")}>
            {preview ? "Check again" : "Check the file"}
          </Button>
        </div>
      </section>
      {preview && (
        <>
          <section aria-labelledby="import-mapping" className="flex flex-col gap-3">
            <h2 id="import-mapping" className="text-lg font-semibold">
              2. Columns
            </h2>
            <p className="text-sm text-slate-700">Choose what each column of the file holds. Then check again to see the rows with this mapping.</p>
            <div className="grid gap-3 sm:grid-cols-3">
              {preview.headers.map((header, index) => (
                <SelectField
                  key={`${index}-${header}`}
                  id={`import-column-${index}`}
                  label={`Column “${header || `#${index + 1}`}”`}
                  value={mapping[index] ?? ""}
                  onChange={(event) => setMapping((current) => current.map((field, i) => (i === index ? (event.target.value as ColumnMapping[number]) : field)))}
                >
                  <option value="">Leave out</option>
                  {importFields.map((field) => (
                    <option key={field} value={field}>
                      {importFieldLabels[field]}
                    </option>
                  ))}
                </SelectField>
              ))}
            </div>
          </section>
          <section aria-labelledby="import-preview" className="flex flex-col gap-3">
            <h2 id="import-preview" className="text-lg font-semibold">
              3. Preview
            </h2>
            {preview.mappingProblem ? (
              <Alert>{preview.mappingProblem}</Alert>
            ) : (
              <PreviewDetails preview={preview} />
            )}
          </section>
          {!preview.mappingProblem && (
            <section aria-labelledby="import-options" className="flex flex-col gap-4">
              <h2 id="import-options" className="text-lg font-semibold">
                4. Import
              </h2>
              <fieldset className="flex flex-col gap-2">
                <legend className="text-sm font-medium">Candidates already in Candor (same email)</legend>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="duplicates" value="skip" defaultChecked /> Skip them: keep their details as they are
                </label>
                <label className="flex items-center gap-2 text-sm">
                  <input type="radio" name="duplicates" value="merge" /> Merge: update their details with the file&apos;s
                </label>
              </fieldset>
              {preview.errorCount > 0 && (
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" name="skipInvalid" /> Leave out the {plural(preview.errorCount, "row", "rows")} with errors
                </label>
              )}
              <JobStageFields
                idPrefix="import"
                jobs={jobs}
                jobId={jobId}
                jobLabel="Add them to a job (optional)"
                noJob="No job (prospects)"
                jobProps={{ name: "jobId", value: jobId, onChange: (event) => setJobId(event.target.value), error: form.fieldError("jobId") }}
                stageProps={{ name: "stageId", error: form.fieldError("stageId") }}
              />
              <div>
                <Button type="submit" disabled={form.pending} onClick={() => void (intent.current!.value = "import")}>
                  {form.pending ? "Working…" : `Import ${plural(preview.valid, "candidate", "candidates")}`}
                </Button>
              </div>
            </section>
          )}
        </>
      )}
    </form>
  );
}

function PreviewDetails({ preview }: { preview: ImportPreview }) {
  return (
    <>
      <p role="status" className="text-sm font-medium">
        {plural(preview.rows, "row", "rows")}: {plural(preview.valid, "ready to import", "ready to import")}
        {preview.errorCount > 0 && `, ${plural(preview.errorCount, "with errors", "with errors")}`}
        {preview.existing > 0 && `; ${plural(preview.existing, "is", "are")} already in Candor`}.
      </p>
      {preview.sample.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="First rows">
          <table className="min-w-full text-left text-sm">
            <caption className="sr-only">The file&apos;s first rows as they will be imported</caption>
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-4">Line</th>
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Email</th>
                <th scope="col" className="py-2 pr-4">Phone</th>
                <th scope="col" className="py-2 pr-4">Location</th>
              </tr>
            </thead>
            <tbody>
              {preview.sample.map((row) => (
                <tr key={row.line} className="border-b border-slate-100">
                  <td className="py-2 pr-4 tabular-nums">{row.line}</td>
                  <td className="py-2 pr-4">{row.name}</td>
                  <td className="py-2 pr-4">{row.email}</td>
                  <td className="py-2 pr-4">{row.phone}</td>
                  <td className="py-2 pr-4">{row.location}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.errors.length > 0 && (
        <div>
          <h3 className="text-sm font-semibold">Rows with errors</h3>
          <ul aria-label="Rows with errors" className="mt-1 list-disc pl-5 text-sm text-red-800">
            {preview.errors.map((error) => (
              <li key={error.line}>
                Line {error.line}: {error.messages.join(" ")}
              </li>
            ))}
          </ul>
          {preview.errorCount > preview.errors.length && <p className="mt-1 text-sm">And {plural(preview.errorCount - preview.errors.length, "more", "more")}.</p>}
        </div>
      )}
    </>
  );
}

function ImportDone({ result, jobTitle, again }: { result: ImportResult; jobTitle: string; again: () => void }) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <ResultNotice>
        Imported: {plural(result.created, "new candidate", "new candidates")}
        {result.merged > 0 && `, ${plural(result.merged, "merged", "merged")}`}
        {result.skipped > 0 && `, ${plural(result.skipped, "already in Candor skipped", "already in Candor skipped")}`}
        {result.invalid > 0 && `, ${plural(result.invalid, "row with errors left out", "rows with errors left out")}`}
        {result.applications > 0 && `; ${result.applications.toLocaleString("en")} added to ${jobTitle}`}
        {result.existingApplications > 0 && `, ${plural(result.existingApplications, "of them an existing candidate", "of them existing candidates")}`}.
      </ResultNotice>
      <div className="flex gap-3">
        <Link href="/candidates" className={buttonClasses("primary")}>
          See candidates
        </Link>
        <Button type="button" variant="secondary" onClick={again}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
