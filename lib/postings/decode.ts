import iconv from "iconv-lite";
import { refuseFile } from "./refuse";

export type DecodedText = {
  text: string;
  /** Set when the bytes were not UTF-8: what they were read as. */
  encoding?: "UTF-16LE" | "UTF-16BE" | "Windows-1252";
};

const NOT_TEXT = "That file is not text Candor can read. Upload a Markdown, text, HTML, Word (.docx) or PDF file, or paste the posting.";

// Control characters other than tab, newline, form feed and carriage return never appear in a posting.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * UTF-16 without a byte order mark, told by its zero bytes: text that is mostly Latin script has a zero
 * in every other byte, at odd offsets for little-endian and even ones for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return "utf-16be";
  return undefined;
}

function isUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A text file's characters, whatever the editor that saved it: UTF-8 (with or without a BOM), UTF-16 with
 * or without a BOM, and otherwise Windows-1252, the encoding of text saved on Windows in Western Europe and
 * the Americas (it decodes any byte, and is what such a file almost always is). iconv-lite does the
 * decoding; the standard TextDecoder only decides whether the bytes are valid UTF-8.
 * Refuses bytes that are not text (NULs outside UTF-16, control characters).
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: DecodedText;
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    decoded = { text: isUtf8(buffer.subarray(3)) ?? refuseFile(NOT_TEXT) };
  } else if (buffer[0] === 0xff && buffer[1] === 0xfe) {
    decoded = { text: iconv.decode(buffer.subarray(2), "utf-16le"), encoding: "UTF-16LE" };
  } else if (buffer[0] === 0xfe && buffer[1] === 0xff) {
    decoded = { text: iconv.decode(buffer.subarray(2), "utf-16be"), encoding: "UTF-16BE" };
  } else {
    const utf16 = utf16WithoutBom(buffer);
    if (utf16) {
      decoded = { text: iconv.decode(buffer, utf16), encoding: utf16 === "utf-16le" ? "UTF-16LE" : "UTF-16BE" };
    } else {
      if (buffer.includes(0)) refuseFile(NOT_TEXT);
      const utf8 = isUtf8(buffer);
      decoded = utf8 !== undefined ? { text: utf8 } : { text: iconv.decode(buffer, "windows-1252"), encoding: "Windows-1252" };
    }
  }
  if (CONTROL.test(decoded.text)) refuseFile(NOT_TEXT);
  return decoded;
}

/** Line endings as \n, whatever wrote them (Windows \r\n, old Mac \r). */
export const normalizeNewlines = (text: string) => text.replace(/\r\n?/g, "\n");
