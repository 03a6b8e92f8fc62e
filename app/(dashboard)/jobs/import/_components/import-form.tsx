"use client";

import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/jobs/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";

export function ImportForm({ importJob }: { importJob: (input: FormData) => Promise<ActionResult<{ jobId: string }>> }) {
  const router = useRouter();
  const action = useActionForm(importJob, ({ jobId }) => router.push(`/jobs/${jobId}/edit`));
  const fileError = action.fieldError("file");
  return (
    <form onSubmit={action.onSubmit} aria-label="Import a posting" className="flex max-w-xl flex-col gap-4" noValidate>
      {action.formError && <Alert>{action.formError}</Alert>}
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium text-slate-900">
          Markdown file
        </label>
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby="import-file-hint"
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
        />
        <p id="import-file-hint" className="text-sm text-slate-600">
          A .md file of at most 1 MB. It becomes a draft you can review before publishing.
        </p>
      </div>
      <div>
        <Button type="submit" disabled={action.pending}>
          {action.pending ? "Importing…" : "Import as draft"}
        </Button>
      </div>
    </form>
  );
}
