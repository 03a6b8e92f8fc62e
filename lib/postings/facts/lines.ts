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
  for (const line of lines) {
    const match = /^([A-Za-z][A-Za-z /&-]{1,30}?)\s*[:|]\s*(.{1,200})$/.exec(line);
    if (match && names.includes(match[1]!.toLowerCase().trim())) {
      const value = match[2]!.trim();
      if (value) return { value, evidence: quote(line) };
    }
  }
  return undefined;
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
