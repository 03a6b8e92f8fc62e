// @ts-check
// Runs in a worker thread, started by ./document-reader.ts. PDF and Word files come from anyone on the
// internet: parsing them here means a hostile one can't block the server's event loop or exhaust its
// memory; the pool stops a read that runs too long and replaces a worker that dies. Plain JavaScript
// because Node loads this file itself, outside Next's and Vitest's bundling.
import mammoth from "mammoth";
import { PDFParse } from "pdf-parse";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * "pages": how many pages a PDF has (its structure opens). "text": a PDF's or DOCX's text, cut at maxChars.
 * "posting": a job posting a recruiter imports: a PDF's text, or a DOCX as HTML with its headings and lists.
 * A document the parser refuses is an answer ({ ok: false }), not an error: errors mean the reader failed.
 * @param {{ job: "pages" | "text" | "posting", mediaType: string, data: Uint8Array, maxChars?: number }} task
 * @returns {Promise<{ ok: true, value: number | string } | { ok: false, message: string }>}
 */
export default async function readDocument(task) {
  try {
    return { ok: true, value: await read(task) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * @param {{ job: "pages" | "text" | "posting", mediaType: string, data: Uint8Array, maxChars?: number }} task
 * @returns {Promise<number | string>}
 */
async function read({ job, mediaType, data, maxChars }) {
  if (mediaType === "application/pdf") {
    const parser = new PDFParse({ data });
    try {
      return job === "pages" ? (await parser.getInfo()).total : (await parser.getText()).text.trim().slice(0, maxChars);
    } finally {
      await parser.destroy().catch(() => undefined);
    }
  }
  if (mediaType === DOCX && (job === "text" || job === "posting")) {
    const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (job === "posting") return (await mammoth.convertToHtml({ buffer })).value.slice(0, maxChars);
    return (await mammoth.extractRawText({ buffer })).value.trim().slice(0, maxChars);
  }
  throw new Error(`no "${job}" reader for ${mediaType}`);
}
