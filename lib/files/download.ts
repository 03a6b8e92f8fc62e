import type { fileKinds } from "@/lib/enums";

/** What the audit log calls a downloaded file: never its name, which often holds the candidate's. */
export const fileKindLabels: Record<(typeof fileKinds)[number], string> = {
  resume: "Resume",
  cover_letter: "Cover letter",
  answer: "File answer",
  other: "Candidate file",
  logo: "Organisation logo",
  offer_letter: "Offer letter",
};

/** Media types a browser may show inline from our origin: PDF only, and even then sandboxed. */
const PREVIEWABLE = new Set(["application/pdf"]);

export function isPreviewable(mediaType: string): boolean {
  return PREVIEWABLE.has(mediaType.split(";")[0]!.trim().toLowerCase());
}

/** An ASCII stand-in for old clients; the real name travels in filename* (RFC 6266 / RFC 5987). */
function asciiFallback(name: string): string {
  const ascii = name.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "").trim();
  return ascii || "download";
}

/**
 * Headers for serving a candidate's document. Uploaded files are never trusted: attachment by default,
 * no sniffing, no caching by shared or back-forward caches, and a sandboxed inline PDF preview at most.
 */
export function downloadHeaders(file: { originalName: string; mediaType: string; sizeBytes: number }, preview: boolean): Headers {
  const inline = preview && isPreviewable(file.mediaType);
  const headers = new Headers({
    "Content-Type": file.mediaType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${asciiFallback(file.originalName)}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Referrer-Policy": "no-referrer",
  });
  // A preview runs nothing, and only Candor's own application page may show it in a frame.
  if (inline) headers.set("Content-Security-Policy", "sandbox; frame-ancestors 'self'");
  return headers;
}

/** Where a stored file is downloaded from (or previewed, for PDFs). */
export function fileUrl(fileId: string, { preview = false } = {}): string {
  return `/api/files/${fileId}${preview ? "?preview=1" : ""}`;
}
