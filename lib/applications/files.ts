import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import yauzl from "yauzl";
import { ACTIVE_CONTENT_MESSAGES, activeContentInCompoundFile, activeContentInRtf, activeContentInZipEntry, type ActiveContent } from "./active-content";
import { fileTooLargeMessage, fileTypeMessage } from "@/lib/validation/application";
import { DocumentUnreadable, readDocument } from "./document-reader";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** A DOCX that inflates past this (or past 100× its size) is treated as a zip bomb. */
const MAX_DOCX_INFLATED_BYTES = 50 * 1024 * 1024;
const MAX_DOCX_RATIO = 100;
/**
 * How much of a document's text is kept for search: far more than any resume holds, and small enough for
 * Postgres's full-text index (a tsvector is at most 1 MB; a long text of varied words exceeds that). The
 * file itself is always stored whole.
 */
export const MAX_SEARCHABLE_CHARS = 200_000;

type DocumentKind = "pdf" | "doc" | "docx" | "rtf" | "txt";

const mediaTypes: Record<DocumentKind, string> = {
  pdf: "application/pdf",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  rtf: "application/rtf",
  txt: "text/plain; charset=utf-8",
};

const kindLabels: Record<DocumentKind, string> = { pdf: "PDF", doc: "Word (.doc)", docx: "Word (.docx)", rtf: "RTF", txt: "text" };

export type AcceptedDocument = {
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  data: Buffer;
  extractedText: string | null;
  /** PDF and DOCX text is read later, by the text extraction worker, so the candidate doesn't wait for it. */
  textPending: boolean;
};

export type AcceptOptions = {
  /** Accept Word and RTF documents holding macros or embedded objects (an organisation's choice; refused by default). */
  allowActiveContent?: boolean;
};

export class FileRejected extends Error {
  override name = "FileRejected";
}

// C0/C1 controls and the Unicode characters that reorder text (RLO and friends), which disguise names like "cv‮fdp.exe".
const UNSAFE_NAME_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Checks an uploaded document and prepares it for storage. The type is decided by the file's bytes;
 * the name's extension must agree with them, so an HTML page, SVG, script or program renamed ".pdf" is
 * refused. A PDF's structure and a DOCX's zip directory are read here, so a broken document is refused
 * at once; their text, for search, is extracted afterwards (extractDocumentText). Plain text is searchable at once.
 * Word and RTF documents with macros or embedded objects are refused unless `allowActiveContent`.
 * Throws FileRejected with a message for the applicant.
 */
export async function acceptDocument(file: File, label: string, { allowActiveContent = false }: AcceptOptions = {}): Promise<AcceptedDocument> {
  if (file.size === 0) throw new FileRejected(`${label} is empty. Choose the file again.`);
  if (file.size > MAX_UPLOAD_BYTES) throw new FileRejected(fileTooLargeMessage(label));

  const rawName = file.name.normalize("NFC");
  if (UNSAFE_NAME_CHARACTERS.test(rawName)) {
    throw new FileRejected(`${label} has a file name with hidden control or text-direction characters. Rename it and try again.`);
  }
  const name = rawName.split(/[\\/]/).pop()!.trim().slice(-200);
  const extension = name.includes(".") ? name.split(".").pop()!.toLowerCase() : "";
  const claimed = (["pdf", "doc", "docx", "rtf", "txt"] as const).find((kind) => kind === extension);
  if (!claimed) throw new FileRejected(fileTypeMessage(label));

  const data = Buffer.from(await file.arrayBuffer());
  const detected = await detectKind(data);
  if (detected !== claimed) {
    throw new FileRejected(
      detected
        ? `${label} is named .${claimed} but its contents are a ${kindLabels[detected]} file. Rename it or export it as .${claimed}.`
        : `${label} is named .${claimed} but is not a real ${kindLabels[claimed]} file. Upload a PDF, Word, RTF or TXT document.`,
    );
  }

  return {
    originalName: name,
    mediaType: mediaTypes[detected],
    sizeBytes: data.length,
    sha256: createHash("sha256").update(data).digest("hex"),
    data,
    ...(await checkStructure(detected, data, label, allowActiveContent)),
  };
}

/** Proves a document can be opened; what it finds here decides whether its text is read later. */
async function checkStructure(
  kind: DocumentKind,
  data: Buffer,
  label: string,
  allowActiveContent: boolean,
): Promise<Pick<AcceptedDocument, "extractedText" | "textPending">> {
  const refuseActiveContent = (found: ActiveContent | null) => {
    if (found && !allowActiveContent) throw new FileRejected(ACTIVE_CONTENT_MESSAGES[found]);
  };
  if (kind === "txt") return { extractedText: data.toString("utf8").slice(0, MAX_SEARCHABLE_CHARS), textPending: false };
  if (kind === "pdf") {
    const damaged = new FileRejected(`${label} could not be read as a PDF: it may be damaged. Export it again and re-upload.`);
    try {
      if ((await readDocument("pages", mediaTypes.pdf, data)) < 1) throw damaged;
    } catch (error) {
      if (error === damaged || (error instanceof DocumentUnreadable && error.reason === "damaged")) throw damaged;
      // Too slow or the reader is down: nothing proves the file is broken, and the candidate's application
      // matters more than the check. The file is kept; the text pass reads it under its own limits.
      console.error(`candor: accepted a PDF whose structure could not be checked: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { extractedText: null, textPending: true };
  }
  if (kind === "docx") {
    refuseActiveContent(await readWordDirectory(data, label));
    return { extractedText: null, textPending: true };
  }
  if (kind === "doc") {
    let found: ActiveContent | null;
    try {
      found = activeContentInCompoundFile(data);
    } catch {
      throw new FileRejected(`${label} could not be read as a Word document: it may be damaged.`);
    }
    refuseActiveContent(found);
  }
  if (kind === "rtf") refuseActiveContent(activeContentInRtf(data));
  return { extractedText: null, textPending: false };
}

async function detectKind(data: Buffer): Promise<DocumentKind | null> {
  const type = await fileTypeFromBuffer(data);
  if (type?.ext === "pdf") return "pdf";
  // A macro-enabled package renamed .docx is read as one, so the candidate hears about its macros.
  if (type?.ext === "docx" || type?.ext === "docm" || type?.ext === "dotm") return "docx";
  if (type?.ext === "rtf") return "rtf";
  // Word 97–2003 is a Compound File (also used by .xls and .msi): require its WordDocument stream.
  if (type?.ext === "cfb") return data.includes(Buffer.from("WordDocument", "utf16le")) ? "doc" : null;
  if (type) return null;
  return isPlainText(data) ? "txt" : null;
}

/** UTF-8 without NULs or control characters, and not markup a browser would render. */
function isPlainText(data: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return false;
  }
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  return !/^\s*(<!doctype|<html|<svg|<\?xml|<script|<body|<head|<iframe)/i.test(text.slice(0, 1024));
}

/**
 * The searchable text of a stored PDF or DOCX, up to MAX_SEARCHABLE_CHARS (null for formats whose text isn't read). Throws when the
 * document can't be read (see readDocument); the caller keeps the file and records that it has no text.
 */
export async function extractDocumentText(mediaType: string, data: Buffer): Promise<string | null> {
  if (mediaType === mediaTypes.pdf || mediaType === mediaTypes.docx) return readDocument("text", mediaType, data, { maxChars: MAX_SEARCHABLE_CHARS });
  if (mediaType === mediaTypes.txt) return data.toString("utf8").slice(0, MAX_SEARCHABLE_CHARS);
  return null;
}

/**
 * Reads the zip's directory (not its contents): refuses archives that would inflate too far and ones
 * without the main document part a Word file must have. Resolves with the macros or embedded objects it
 * holds, if any (macros first: theirs is the message the candidate must act on).
 */
function readWordDirectory(data: Buffer, label: string): Promise<ActiveContent | null> {
  const tooLarge = new FileRejected(`${label} expands to far more data than a document should. Upload a different file.`);
  const damaged = () => new FileRejected(`${label} could not be read as a Word document: it may be damaged.`);
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(data, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(damaged());
      let total = 0;
      let hasDocument = false;
      let found: ActiveContent | null = null;
      zip.on("entry", (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (entry.fileName === "word/document.xml") hasDocument = true;
        const inEntry = activeContentInZipEntry(entry.fileName);
        if (inEntry === "macros" || (inEntry && !found)) found = inEntry;
        if (total > MAX_DOCX_INFLATED_BYTES || total > data.length * MAX_DOCX_RATIO) {
          zip.close();
          return reject(tooLarge);
        }
        zip.readEntry();
      });
      zip.on("end", () => {
        if (!hasDocument) return reject(damaged());
        resolve(found);
      });
      zip.on("error", () => reject(damaged()));
      zip.readEntry();
    });
  });
}
