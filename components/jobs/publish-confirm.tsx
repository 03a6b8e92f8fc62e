"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { PostingWarning } from "@/lib/jobs/checks";
import { warningElementId, WarningText } from "./publish-checks";

/**
 * The step between "Publish" and published when the checks found something: the warnings, and an explicit
 * "Publish anyway" ("Reopen anyway" for a closed job; a submit button of the job form, marked data-confirm, that sends their ids) or "Keep
 * editing". Focus lands on its heading when it opens; Escape or "Keep editing" closes it.
 */
export function PublishConfirm({
  warnings,
  intent,
  pending,
  onCancel,
}: {
  warnings: PostingWarning[];
  /** The submit value that puts the job live: "publish" (a draft, or a new job) or "reopen" (a closed job). */
  intent: "publish" | "reopen";
  pending: boolean;
  onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const verb = intent === "reopen" ? "Reopen" : "Publish";
  const shown = warnings.map((warning) => warning.id).join(" ");
  // A new set of warnings (the server found another on "Publish anyway") is a new question: focus it again.
  useEffect(() => {
    heading.current?.focus();
  }, [shown]);

  return (
    <section
      aria-labelledby="publish-confirm-heading"
      onKeyDown={(event) => {
        if (event.key === "Escape" && !pending) {
          event.preventDefault();
          onCancel();
        }
      }}
      className="rounded-lg border-2 border-amber-400 bg-amber-50 p-4 text-sm"
    >
      <h2 id="publish-confirm-heading" ref={heading} tabIndex={-1} className="text-base font-semibold text-slate-900">
        {verb} with {warnings.length === 1 ? "1 warning" : `${warnings.length} warnings`}?
      </h2>
      <p className="mt-1 text-slate-700">Each is a warning, not a block. {verb} anyway, or keep editing to deal with them first.</p>
      <ul aria-label="Warnings to confirm" className="mt-3 flex flex-col gap-2">
        {warnings.map((warning) => (
          <li key={warning.id}>
            <WarningText warning={warning} id={warningElementId("confirm", warning)} />
          </li>
        ))}
      </ul>
      <div className="mt-4 flex flex-wrap gap-3">
        <Button type="submit" name="intent" value={intent} data-confirm="" disabled={pending}>
          {pending ? `${verb === "Reopen" ? "Reopening" : "Publishing"}…` : `${verb} anyway`}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={pending}>
          Keep editing
        </Button>
      </div>
    </section>
  );
}
