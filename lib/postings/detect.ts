import { refuseFile } from "./refuse";
import type { PostingFormat } from "./types";

/** Text postings: Markdown, plain text and HTML are read as text; a megabyte is far more than any real one. */
export const MAX_TEXT_POSTING_BYTES = 1024 * 1024;
/** Word and PDF files carry fonts and images besides the text. */
export const MAX_DOCUMENT_POSTING_BYTES = 10 * 1024 * 1024;

export const POSTING_EXTENSIONS = ["md", "markdown", "mdx", "txt", "text", "html", "htm", "docx", "pdf"] as const;
export const POSTING_ACCEPT = ".md,.markdown,.txt,.html,.htm,.docx,.pdf";

const extensionOf = (fileName: string | undefined) => (fileName?.includes(".") ? fileName.split(".").pop()!.toLowerCase() : "");

/** The most a file of this name may weigh: checked before its bytes are read. */
export function maxBytesFor(fileName: string | undefined): number {
  return ["docx", "pdf"].includes(extensionOf(fileName)) ? MAX_DOCUMENT_POSTING_BYTES : MAX_TEXT_POSTING_BYTES;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The size refusal, with the limit that applies to this kind of file. */
export function sizeProblem(fileName: string | undefined, size: number): string | undefined {
  const max = maxBytesFor(fileName);
  if (size <= max) return undefined;
  return max === MAX_TEXT_POSTING_BYTES
    ? `That file is ${megabytes(size)}; a posting may be at most 1 MB. Paste the posting's text instead, or remove what isn't the posting.`
    : `That file is ${megabytes(size)}; a Word or PDF posting may be at most 10 MB. Save it without images, or paste its text.`;
}

/** Documents are told by their bytes, whatever their name: a PDF, a Word file (a zip), or text. */
export function documentKind(bytes: Uint8Array): "pdf" | "docx" | "text" {
  const start = String.fromCharCode(...bytes.subarray(0, 8));
  if (start.startsWith("%PDF-")) return "pdf";
  if (start.startsWith("PK\x03\x04")) return "docx";
  if (start.startsWith("{\\rtf")) refuseFile("RTF files can't be imported. Save the posting as Word (.docx) or PDF, or paste its text.");
  if (start.startsWith("\xd0\xcf\x11\xe0")) refuseFile("Word 97–2003 (.doc) files can't be imported. Save the posting as .docx or PDF, or paste its text.");
  return "text";
}

const MARKDOWN_SIGNS = [
  /^---[ \t]*\n[ \t]*[A-Za-z_][\w -]*:/, // front matter
  /^#{1,6}[ \t]+\S/m, // a heading
  /^(?:```|~~~)/m, // a code block
  /^\S[^\n]{0,200}\n(?:=+|-{3,})[ \t]*$/m, // a setext heading
  /<[A-Z][\w.]*[\s/>]/, // an MDX component
];
// Links and bold also turn up in text copied from a page: Markdown only when there are several.
const WEAK_MARKDOWN_SIGNS = /\[[^\]\n]{1,200}\]\([^)\s]{1,2000}\)|\*\*[^*\n]{1,200}\*\*/g;
const HTML_START = /^\s*(?:<!--[\s\S]{0,2000}?-->\s*)?<(?:!doctype|html|head|body|div|p|h[1-6]|ul|ol|section|article|main|span|table|strong|b|meta|header)\b/i;
const HTML_BLOCKS = /<\/(?:p|li|div|h[1-6]|ul|ol|section)>|<br\s*\/?>/gi;

/** Markdown, HTML or plain text: from the file's name where it says, else from the text itself (as when pasted). */
export function textFormat(text: string, fileName?: string): Extract<PostingFormat, "markdown" | "html" | "text"> {
  const extension = extensionOf(fileName);
  if (extension === "html" || extension === "htm") return "html";
  if (extension === "md" || extension === "markdown" || extension === "mdx") return "markdown";
  const head = text.slice(0, 20_000);
  if (HTML_START.test(head) || (head.match(HTML_BLOCKS)?.length ?? 0) >= 3) return "html";
  if (MARKDOWN_SIGNS.some((sign) => sign.test(head))) return "markdown";
  return (head.match(WEAK_MARKDOWN_SIGNS)?.length ?? 0) >= 2 ? "markdown" : "text";
}
