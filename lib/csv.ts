import { once } from "node:events";
import { Readable } from "node:stream";
import { stringify, type Options } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";

// Every CSV Candor writes (the audit log, reports) goes through here, so each is quoted, guarded against
// formulas and encoded the same way.

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one) as a
 * formula, so an attacker who gets text into a logged value (a user agent, an email address typed at
 * sign-in) could make an admin's spreadsheet fetch URLs or run commands. Such cells get a leading
 * apostrophe, which spreadsheets show as text (OWASP "CSV injection").
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting by csv-stringify, every cell guarded against formulas, CRLF line ends. */
export const csvOptions: Options = {
  record_delimiter: "windows",
  // csv-stringify quotes the record delimiter (CRLF) but not a lone line feed, which splits a row in every reader.
  quoted_match: /[\r\n]/,
  cast: {
    string: (value) => neutralizeFormula(value),
    date: (value) => value.toISOString(),
    number: (value) => String(value),
    boolean: (value) => (value ? "true" : "false"),
  },
};

/** A stream that turns row arrays into CSV, for a download written as the rows are read. */
export function csvStream({ bom = false }: { bom?: boolean } = {}) {
  return stringify({ ...csvOptions, bom });
}

/**
 * A CSV download written while its rows are read: the header, then each batch as it comes (waiting
 * whenever the reader is slower), so a long export never sits in memory. A failure mid-way is logged and
 * breaks the download (the browser shows it failed) rather than ending it as if complete.
 */
export function csvResponseStream<T>(
  header: string[],
  batches: AsyncIterable<T[]>,
  toRow: (item: T) => unknown[],
  { bom = false, label = "export" }: { bom?: boolean; label?: string } = {},
): ReadableStream<Uint8Array> {
  const csv = csvStream({ bom });
  void (async () => {
    try {
      csv.write(header);
      for await (const batch of batches) {
        for (const item of batch) if (!csv.write(toRow(item))) await once(csv, "drain");
      }
      csv.end();
    } catch (error) {
      console.error(`candor: ${label} failed`, error);
      csv.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  })();
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

/** Rows (header first) as one CSV text. */
export function toCsv(rows: unknown[][]): string {
  return stringifySync(rows, csvOptions);
}

/** The byte-order mark that makes spreadsheets (Excel above all) read the file as UTF-8, not the system's code page. */
export const UTF8_BOM = "\uFEFF";

/** Rows (header first) as a CSV document for download: the byte-order mark, then `toCsv`. */
export function csvDocument(rows: unknown[][]): string {
  return UTF8_BOM + toCsv(rows);
}

/** The headers of a CSV download: UTF-8, saved as `filename`, never cached, never sniffed as something else. */
export function csvDownloadHeaders(filename: string): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
