"use client";

import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { importPostingSchema, type ImportPostingInput } from "@/lib/validation/job";

export function ImportForm({ importJob }: { importJob: (input: FormData) => Promise<ActionResult<{ jobId: string }>> }) {
  const router = useRouter();
  const form = useServerForm<ImportPostingInput, unknown, { jobId: string }>({
    action: importJob,
    schema: importPostingSchema,
    send: "formData", // the file goes up as multipart, as a browser post would send it
    onSuccess: ({ jobId }) => router.push(`/jobs/${jobId}/edit`),
  });
  const fileError = form.fieldError("file");
  // The server's refusals of the file's content already read in full in the alert above.
  const ownError = fileError && fileError !== form.formError ? fileError : undefined;
  return (
    <form {...form.formProps} aria-label="Import a posting" className="flex max-w-xl flex-col gap-4">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div className="flex flex-col gap-1">
        <label htmlFor="import-file" className="text-sm font-medium text-slate-900">
          Markdown file
        </label>
        <input
          id="import-file"
          type="file"
          accept=".md,.markdown,text/markdown,text/plain"
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={ownError ? "import-file-hint import-file-error" : "import-file-hint"}
          className="rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
          {...form.register("file")}
        />
        <p id="import-file-hint" className="text-sm text-slate-600">
          A .md file of at most 1 MB. It becomes a draft you can review before publishing.
        </p>
        {ownError && (
          <p id="import-file-error" className="text-sm text-red-700">
            {ownError}
          </p>
        )}
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Importing…" : "Import as draft"}
        </Button>
      </div>
    </form>
  );
}
