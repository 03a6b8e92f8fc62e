"use client";

import Link from "@/components/ui/link";
import { useEffect, useRef } from "react";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { JobBoardProvider } from "@/lib/enums";
import { importBoardSchema, type ImportBoardInput } from "@/lib/validation/job";
import type { BoardImportSummary } from "@/server/jobs/import-board";

const copy: Record<JobBoardProvider, { name: string; label: string; hint: string }> = {
  greenhouse: {
    name: "Greenhouse",
    label: "Greenhouse board token",
    hint: "The last part of your board's address: acme in boards.greenhouse.io/acme. Pasting the address works too.",
  },
  lever: {
    name: "Lever",
    label: "Lever site name",
    hint: "The part after jobs.lever.co/ in your job site's address: acme in jobs.lever.co/acme. Pasting the address works too.",
  },
};

const jobs = (count: number) => `${count} ${count === 1 ? "job" : "jobs"}`;

function Summary({ summary, headingRef }: { summary: BoardImportSummary; headingRef: React.Ref<HTMLHeadingElement> }) {
  const { name } = copy[summary.provider];
  const headingId = `board-import-${summary.provider}-summary`;
  const heading =
    summary.created.length > 0
      ? `Imported ${jobs(summary.created.length)} from ${name} as drafts`
      : `No new jobs on ${name} board “${summary.board}”`;
  return (
    <section aria-labelledby={headingId} className="mt-4 rounded-md border border-slate-300 bg-white px-4 py-3 text-sm text-slate-800">
      <h3 id={headingId} ref={headingRef} tabIndex={-1} className="font-semibold text-slate-900">
        {heading}
      </h3>
      {summary.created.length > 0 && (
        <>
          <p className="mt-1">Each draft says what to check before you publish it.</p>
          <ul aria-label={`Drafts imported from ${name}`} className="mt-2 list-disc space-y-1 pl-5">
            {summary.created.map((job) => (
              <li key={job.id}>
                <Link href={`/jobs/${job.id}/edit`} className="text-indigo-700 underline hover:text-indigo-900">
                  {job.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {summary.alreadyImported > 0 && (
        <p className="mt-2">
          {jobs(summary.alreadyImported)} of this board {summary.alreadyImported === 1 ? "was" : "were"} imported before and left as{" "}
          {summary.alreadyImported === 1 ? "it is" : "they are"}.
        </p>
      )}
      {summary.leftForLater > 0 && (
        <p className="mt-2">
          {jobs(summary.leftForLater)} more {summary.leftForLater === 1 ? "is" : "are"} on the board than one import brings over: import again for
          the next ones.
        </p>
      )}
      {summary.skipped.length > 0 && (
        <>
          <p className="mt-2">Not imported:</p>
          <ul aria-label={`Jobs not imported from ${name}`} className="mt-1 list-disc space-y-1 pl-5">
            {summary.skipped.map((job) => (
              <li key={job.externalId}>
                <span className="font-medium">{job.title}</span>: {job.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** One service's import: the board's name, then what was created, left alone and skipped. */
export function BoardImportForm({
  provider,
  importBoard,
}: {
  provider: JobBoardProvider;
  importBoard: (input: ImportBoardInput) => Promise<ActionResult<BoardImportSummary>>;
}) {
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const form = useServerForm<ImportBoardInput, unknown, BoardImportSummary>({
    action: importBoard,
    schema: importBoardSchema,
    defaultValues: { provider, board: "" },
  });
  // The last answer's summary; a refusal after it replaces it.
  const summary = form.state?.ok ? form.state.data : null;
  // The answer replaces the button's busy state: focus goes to what it says.
  useEffect(() => {
    if (summary) summaryHeading.current?.focus();
  }, [summary]);
  const { name, label, hint } = copy[provider];
  const boardError = form.fieldError("board");
  return (
    <div>
      <form {...form.formProps} aria-label={`Import from ${name}`} className="flex flex-col gap-3">
        {form.formError && boardError !== form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
        <input type="hidden" {...form.register("provider")} />
        <Field label={label} hint={hint} error={boardError} autoComplete="off" spellCheck={false} {...form.register("board")} />
        <div>
          <Button type="submit" disabled={form.pending}>
            {form.pending ? `Importing from ${name}…` : `Import from ${name}`}
          </Button>
        </div>
        <p role="status" className="sr-only">
          {form.pending ? `Importing from ${name}. A large board can take a minute.` : ""}
        </p>
      </form>
      {summary && <Summary summary={summary} headingRef={summaryHeading} />}
    </div>
  );
}
