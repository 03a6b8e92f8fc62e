"use client";

import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { POSTING_ACCEPT } from "@/lib/postings/detect";
import { importPostingSchema, type ImportPostingInput } from "@/lib/validation/job";

const controlClasses = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-invalid:border-red-700";

export function ImportForm({ importJob }: { importJob: (input: FormData) => Promise<ActionResult<{ jobId: string }>> }) {
  const router = useRouter();
  const form = useServerForm<ImportPostingInput, unknown, { jobId: string }>({
    action: importJob,
    schema: importPostingSchema,
    send: "formData", // the file goes up as multipart, as a browser post would send it
    onSuccess: ({ jobId }) => router.push(`/jobs/${jobId}/edit`),
  });
  // The server's refusals of the content already read in full in the alert above.
  const own = (name: "file" | "text") => {
    const error = form.fieldError(name);
    return error && error !== form.formError ? error : undefined;
  };
  const fileError = own("file");
  const textError = own("text");
  return (
    <form {...form.formProps} aria-label="Import a posting" className="flex flex-col gap-4">
      {form.formError && <Alert id={form.alertId}>{form.formError}</Alert>}
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="import-file" className="text-sm font-medium text-slate-900">
            Posting file
          </label>
          <input
            id="import-file"
            type="file"
            accept={POSTING_ACCEPT}
            aria-invalid={form.fieldError("file") ? true : undefined}
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            className={controlClasses}
            {...form.register("file")}
          />
          <p id="import-file-hint" className="text-sm text-slate-600">
            Markdown (.md), text (.txt), a saved web page (.html), Word (.docx) or PDF. Text files up to 1 MB, Word and PDF up to
            10 MB.
          </p>
          {fileError && (
            <p id="import-file-error" className="text-sm text-red-700">
              {fileError}
            </p>
          )}
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="import-text" className="text-sm font-medium text-slate-900">
            Or paste the posting
          </label>
          <textarea
            id="import-text"
            rows={10}
            aria-invalid={form.fieldError("text") ? true : undefined}
            aria-describedby={textError ? "import-text-hint import-text-error" : "import-text-hint"}
            className={`${controlClasses} font-mono`}
            {...form.register("text")}
          />
          <p id="import-text-hint" className="text-sm text-slate-600">
            Text copied from a careers page, an email or a document; Markdown and HTML work too.
          </p>
          {textError && (
            <p id="import-text-error" className="text-sm text-red-700">
              {textError}
            </p>
          )}
        </div>
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Importing…" : "Import as draft"}
        </Button>
      </div>
    </form>
  );
}
