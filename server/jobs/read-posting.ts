import "server-only";
import { DocumentUnreadable, readDocument } from "@/lib/applications/document-reader";
import { acceptDocument, FileRejected } from "@/lib/applications/files";
import { decodeText, documentKind, parsePosting, refuseFile, sizeProblem, textFormat, type ParsedPosting } from "@/lib/postings";

export type PostingInput = { file?: File; text?: string };

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
// Far more than the 50,000 characters a description may hold: the import then says to shorten it.
const MAX_DOCUMENT_CHARS = 2_000_000;

const unreadable = (kind: string, error: DocumentUnreadable) =>
  error.reason === "damaged"
    ? `That ${kind} file could not be read: it may be damaged. Export it again, or paste the posting's text.`
    : error.reason === "limit"
      ? `That ${kind} file took too long to read. Save it without images, or paste the posting's text.`
      : `Candor could not read that ${kind} file just now. Try again in a moment, or paste the posting's text.`;

/** A Word or PDF posting: checked like an applicant's document (type by bytes, zip bombs, macros), read in a worker. */
async function readDocumentPosting(file: File, kind: "pdf" | "docx"): Promise<ParsedPosting> {
  const label = kind === "pdf" ? "PDF" : "Word";
  let document;
  try {
    document = await acceptDocument(file, "That file");
  } catch (error) {
    if (error instanceof FileRejected) refuseFile(error.message);
    throw error;
  }
  let text: string;
  try {
    text = await readDocument("posting", kind === "pdf" ? "application/pdf" : DOCX, document.data, { maxChars: MAX_DOCUMENT_CHARS });
  } catch (error) {
    if (error instanceof DocumentUnreadable) return refuseFile(unreadable(label, error));
    throw error;
  }
  if (!text.trim()) refuseFile(`That ${label} file has no text Candor can read (a scan is a picture of text). Paste the posting's text instead.`);
  return parsePosting({ text, format: kind, fileName: file.name });
}

/**
 * Reads an uploaded or pasted posting into a draft's fields and review notes. Sizes were checked by the
 * action's schema before the file was read; they are checked again here for any other caller. Throws
 * AppError (field `file`) with a sentence that says what to do.
 */
export async function readPosting({ file, text }: PostingInput): Promise<ParsedPosting> {
  if (file) {
    const tooLarge = sizeProblem(file.name, file.size);
    if (tooLarge) refuseFile(tooLarge);
    if (file.size === 0) refuseFile("That file is empty. Choose the file with the posting, or paste its text.");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const kind = documentKind(bytes);
    if (kind !== "text") return readDocumentPosting(file, kind);
    const decoded = decodeText(bytes);
    return parsePosting({ ...decoded, format: textFormat(decoded.text, file.name), fileName: file.name });
  }
  if (!text?.trim()) return refuseFile("Choose a file with the posting, or paste its text.");
  return parsePosting({ text, format: textFormat(text) });
}
