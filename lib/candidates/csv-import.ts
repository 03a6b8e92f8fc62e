import { parse } from "csv-parse/sync";
import type { z } from "zod";

// Reading a CSV of candidates someone exported from another system or a spreadsheet: its table, a
// guess at which column holds what, and each row checked (the schema is lib/validation/candidates.ts).

/** Checked before the file is read at all. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Rows per import (a bigger list is imported in parts). */
export const MAX_IMPORT_ROWS = 10_000;
const MAX_COLUMNS = 200;
const MAX_CELL_CHARS = 10_000;

export const importFields = ["name", "firstName", "lastName", "email", "phone", "location", "linkedin", "website"] as const;
export type ImportField = (typeof importFields)[number];
export type ColumnMapping = (ImportField | "")[];

export const importFieldLabels: Record<ImportField, string> = {
  name: "Full name",
  firstName: "First name",
  lastName: "Last name",
  email: "Email",
  phone: "Phone",
  location: "Location",
  linkedin: "LinkedIn",
  website: "Website",
};

export class CsvUnreadable extends Error {}

export type CsvTable = { headers: string[]; rows: string[][] };

/** The delimiter the header line uses most: comma, semicolon (European spreadsheets) or tab. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0]![0];
}

/** The header row and the data rows (blank lines left out). Refuses a file with no data row or too many. */
export function readCsvTable(text: string): CsvTable {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
      max_record_size: MAX_CELL_CHARS * 4,
      // One more than allowed, to tell "too many" from "just enough" without reading the rest.
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new CsvUnreadable(`The file could not be read as CSV${line ? ` (near line ${line})` : ""}. Save it from your spreadsheet as "CSV UTF-8" and try again.`);
  }
  const [headers, ...rows] = records;
  if (!headers || rows.length === 0) throw new CsvUnreadable("The file has no rows below its header row.");
  if (headers.length > MAX_COLUMNS) throw new CsvUnreadable(`The file has more than ${MAX_COLUMNS} columns.`);
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new CsvUnreadable(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows. Split it and import each part.`);
  }
  return { headers, rows };
}

const synonyms: [ImportField, RegExp][] = [
  ["email", /^(e?mail|emailaddress|mailaddress|mail|courriel)$/],
  ["firstName", /^(first|firstname|givenname|forename|prenom|vorname)$/],
  ["lastName", /^(last|lastname|surname|familyname|nom|nachname)$/],
  ["name", /^(name|fullname|candidate|candidatename|contact|contactname|person)$/],
  ["phone", /^(phone|phonenumber|telephone|tel|mobile|mobilephone|cell|cellphone)$/],
  ["location", /^(location|city|address|town|place|country)$/],
  ["linkedin", /^(linkedin|linkedinurl|linkedinprofile)$/],
  ["website", /^(website|web|url|homepage|portfolio|site|github)$/],
];

/** Each header's likely field, by its words; each field taken by its first column only. */
export function guessMapping(headers: string[]): ColumnMapping {
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const key = header.toLowerCase().normalize("NFKD").replace(/[^a-z]/g, "");
    const field = synonyms.find(([candidate, pattern]) => !taken.has(candidate) && pattern.test(key))?.[0];
    if (!field) return "";
    taken.add(field);
    return field;
  });
}

/** A row's cells by field; first and last names joined when there is no full name. */
export function mapRow(cells: string[], mapping: ColumnMapping): Record<string, string> {
  const values: Partial<Record<ImportField, string>> = {};
  mapping.forEach((field, index) => {
    const cell = cells[index]?.trim();
    if (field && cell) values[field] = cell.slice(0, MAX_CELL_CHARS);
  });
  const { firstName, lastName, ...rest } = values;
  const name = rest.name ?? ([firstName, lastName].filter(Boolean).join(" ") || undefined);
  return Object.fromEntries(Object.entries({ ...rest, name }).filter(([, value]) => value !== undefined)) as Record<string, string>;
}

/** What a mapping is missing before rows can be checked at all. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  if (!mapping.includes("email")) return "Choose the column that holds the email address.";
  if (!mapping.includes("name") && !mapping.includes("firstName") && !mapping.includes("lastName")) return "Choose the column that holds the name.";
  return null;
}

/** `line` is the row's line in the spreadsheet (the header is line 1). */
export type CheckedRow<T> = { line: number; data: T; errors?: undefined } | { line: number; data?: undefined; errors: string[] };

/**
 * Every row through the row schema, and a second row with an email already seen refused (it would be
 * the same candidate twice). Emails are compared lower-cased, as Candor stores them.
 */
export function checkRows<S extends z.ZodType<{ email: string }>>(table: CsvTable, mapping: ColumnMapping, schema: S): CheckedRow<z.infer<S>>[] {
  const seen = new Map<string, number>();
  return table.rows.map((cells, index) => {
    const line = index + 2;
    const parsed = schema.safeParse(mapRow(cells, mapping));
    if (!parsed.success) return { line, errors: parsed.error.issues.map((issue) => issue.message) };
    const email = parsed.data.email.toLowerCase();
    const first = seen.get(email);
    if (first !== undefined) return { line, errors: [`The same email address as line ${first}.`] };
    seen.set(email, line);
    return { line, data: { ...parsed.data, email } };
  });
}
