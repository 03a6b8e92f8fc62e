import type { ApplicationFile } from "@/db/queries/profile";
import { fileUrl, isPreviewable } from "@/lib/files/download";

/**
 * A document shown in the page: a PDF in a sandboxed frame from the download route, anything else
 * (DOCX, DOC, RTF, TXT) as the text extracted from it after upload. Always with a download link.
 */
export function DocumentView({ file, title }: { file: ApplicationFile; title: string }) {
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <a href={fileUrl(file.id)} className="font-medium text-indigo-700 underline" download>
          Download {file.originalName}
        </a>
      </p>
      {isPreviewable(file.mediaType) ? (
        <>
          <iframe src={fileUrl(file.id, { preview: true })} title={title} className="h-[36rem] w-full rounded-lg border border-slate-200 bg-white" />
          {/* Some browsers refuse to show a sandboxed PDF; the text read from it is always available. */}
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-indigo-700">Show the text of this document</summary>
            <div className="mt-2">
              <ExtractedText text={file.extractedText} pending={file.textPending} label={`${title}, as text`} />
            </div>
          </details>
        </>
      ) : (
        <ExtractedText text={file.extractedText} pending={file.textPending} label={title} />
      )}
    </div>
  );
}

export function ExtractedText({ text, label, pending = false }: { text: string | null; label: string; pending?: boolean }) {
  if (pending) return <p className="text-sm text-slate-700">The text of this document is still being read. Reload the page in a moment to see it.</p>;
  if (!text?.trim()) return <p className="text-sm text-slate-700">No text could be read from this document.</p>;
  return (
    <pre
      aria-label={label}
      tabIndex={0}
      className="max-h-[36rem] overflow-auto rounded-lg border border-slate-200 bg-white p-4 font-sans text-sm break-words whitespace-pre-wrap"
    >
      {text}
    </pre>
  );
}
