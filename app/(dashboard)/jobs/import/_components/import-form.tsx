"use client";

import { useRouter } from "next/navigation";
import { useServerForm } from "@/components/forms/use-server-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, TextAreaField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { POSTING_ACCEPT } from "@/lib/postings/detect";
import { importPostingSchema, type ImportPostingInput } from "@/lib/validation/job";

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
        <Field
          id="import-file"
          label="Posting file"
          type="file"
          accept={POSTING_ACCEPT}
          controlClassName="text-sm"
          hint="Markdown (.md), text (.txt), a saved web page (.html), Word (.docx) or PDF. Text files up to 1 MB, Word and PDF up to 10 MB."
          error={fileError}
          // Invalid also when the alert above already gave the reason.
          aria-invalid={form.fieldError("file") ? true : undefined}
          {...form.register("file")}
        />
        <TextAreaField
          id="import-text"
          label="Or paste the posting"
          rows={10}
          controlClassName="font-mono text-sm"
          hint="Text copied from a careers page, an email or a document; Markdown and HTML work too."
          error={textError}
          aria-invalid={form.fieldError("text") ? true : undefined}
          {...form.register("text")}
        />
      </div>
      <div>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Importing…" : "Import as draft"}
        </Button>
      </div>
    </form>
  );
}
