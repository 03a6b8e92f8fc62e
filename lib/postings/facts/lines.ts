/** Helpers the fact finders share: lines, labelled lines ("Location: Berlin") and quotes for evidence. */

const PREFIX = /^[\s>*+\-•·]*(?:#{1,6}\s+)?/;
const DECORATION = /[*_`]/g;

/** A line as the reader sees it: list marker, heading marks and emphasis gone. */
export const plainLine = (line: string) => line.replace(PREFIX, "").replace(DECORATION, "").trim();

/** The lines a label is looked for in: the top of a posting holds its details. */
export function headLines(text: string, count = 80): string[] {
  const lines: string[] = [];
  let from = 0;
  while (lines.length < count && from <= text.length) {
    const end = text.indexOf("\n", from);
    const line = text.slice(from, end < 0 ? undefined : end);
    if (line.trim()) lines.push(plainLine(line.slice(0, 400)));
    if (end < 0) break;
    from = end + 1;
  }
  return lines;
}

/** "Location: Berlin" → "Berlin" for any of `names` (lowercase), with its line as evidence. */
export function labelled(lines: string[], names: string[]): { value: string; evidence: string } | undefined {
  for (const entry of labels(lines)) if (names.includes(entry.label)) return entry;
  return undefined;
}

/** Every "Label: value" in the lines; "Location: Toronto · Team: Storefront" holds two. */
export function labels(lines: string[]): { label: string; value: string; evidence: string }[] {
  const found: { label: string; value: string; evidence: string }[] = [];
  for (const line of lines) {
    for (const part of line.split(/\s+[·|•]\s+/)) {
      const match = /^([A-Za-z][A-Za-z /&-]{1,30}?)\s*:\s*(.{1,200})$/.exec(part);
      const value = match?.[2]?.trim();
      if (match && value) found.push({ label: match[1]!.toLowerCase().trim(), value, evidence: quote(line) });
    }
  }
  return found;
}

/** A short line of details such as "New York, NY · Hybrid · Full-time" in which `test` finds something. */
export function detailsLine(lines: string[], test: (text: string) => unknown): { value: string; evidence: string } | undefined {
  const line = lines.find((candidate) => candidate.length <= 100 && /\s[·|•]\s/.test(candidate) && test(candidate));
  return line ? { value: line, evidence: quote(line) } : undefined;
}

/** The text around a match, cut to a length a form hint can show. */
export function quote(text: string, max = 160): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

/** The line of `text` that holds `index`, for evidence. */
export function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return quote(plainLine(text.slice(start, end < 0 ? undefined : end)));
}
