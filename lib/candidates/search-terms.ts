/**
 * How a typed search becomes the inputs of the candidate search query. Pure, so it is unit-tested
 * apart from the database.
 */

/** What Postgres gets for one search: each part is null when the text gives it nothing to match. */
export type SearchTerms = {
  /** The text as typed (trimmed), for websearch_to_tsquery over resume text. */
  text: string;
  /** A to_tsquery('simple', …) of every word as a prefix ("jane.d" finds jane.doe@…, "7946" a phone number). */
  contactQuery: string | null;
  /** The text lowercased, for trigram similarity against lower(name). */
  lowered: string;
  /** The digits of a phone-number-like search (at least 6 digits and little else), to compare with phone digits. */
  phoneDigits: string | null;
};

// Characters with a meaning in to_tsquery syntax are dropped; the rest is left for the parser.
const TSQUERY_SYNTAX = /[&|!():*<>'"\\]/g;

export function searchTermsOf(input: string): SearchTerms {
  const text = input.trim();
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(TSQUERY_SYNTAX, "").replace(/^-+/, ""))
    .filter((word) => word !== "");
  // Very short words match as they are: a one-letter prefix would match half the organisation.
  const contactQuery = words.length ? words.map((word) => `'${word}'${word.length >= 2 ? ":*" : ""}`).join(" & ") : null;
  const digits = text.replace(/\D/g, "");
  const phoneLike = digits.length >= 6 && /^[\d\s()+./-]+$/.test(text);
  return { text, contactQuery, lowered: text.toLowerCase(), phoneDigits: phoneLike ? digits : null };
}

/** Sentinels ts_headline puts around matched words; control characters cannot come from a form or a PDF's text. */
export const HIGHLIGHT_START = "\u0002";
export const HIGHLIGHT_STOP = "\u0003";

export type ExcerptPart = { text: string; match: boolean };

/** A ts_headline excerpt split into plain and matched parts, for rendering without HTML. */
export function excerptParts(headline: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  for (const [i, chunk] of headline.split(HIGHLIGHT_START).entries()) {
    const [matched, rest] = i === 0 ? [undefined, chunk] : splitOnce(chunk, HIGHLIGHT_STOP);
    if (matched) parts.push({ text: matched, match: true });
    if (rest) parts.push({ text: rest.replaceAll(HIGHLIGHT_STOP, ""), match: false });
  }
  return parts;
}

function splitOnce(value: string, separator: string): [string, string] {
  const at = value.indexOf(separator);
  return at === -1 ? [value, ""] : [value.slice(0, at), value.slice(at + separator.length)];
}
