import { stringify, type Options } from "csv-stringify";
import { stringify as stringifySync } from "csv-stringify/sync";
import type { AuditAction } from "@/lib/enums";
import { auditActionLabels, auditActorLabel, auditDetailsText, auditTargetTypeLabel } from "./labels";

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
export function csvStream() {
  return stringify(csvOptions);
}

/** Rows (header first) as one CSV text. */
export function toCsv(rows: unknown[][]): string {
  return stringifySync(rows, csvOptions);
}

type CsvEntry = {
  createdAt: Date;
  actorLabel: string;
  actorEmail: string | null;
  action: AuditAction;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, string | number | boolean | null>;
};

export const AUDIT_CSV_HEADER = ["Time (UTC)", "Actor", "Action", "Action code", "Target type", "Target", "Target ID", "IP address", "User agent", "Details"];

/** One audit entry as a CSV row, in AUDIT_CSV_HEADER's order. */
export function auditCsvRow(entry: CsvEntry): unknown[] {
  return [
    entry.createdAt,
    auditActorLabel(entry),
    auditActionLabels[entry.action] ?? entry.action,
    entry.action,
    entry.targetType ? auditTargetTypeLabel(entry.targetType) : null,
    entry.targetLabel,
    entry.targetId,
    entry.ip,
    entry.userAgent,
    auditDetailsText(entry.details),
  ];
}
