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

/** The lexemes of a tsquery's text form ("'kubernet' & 'postgr'" → ["kubernet", "postgr"]). */
export function lexemesOf(tsquery: string): string[] {
  return [...tsquery.matchAll(/'((?:[^']|'')+)'/g)].map((match) => match[1]!.replaceAll("''", "'"));
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A short passage of a resume around the first word that matches one of the English lexemes, with every
 * matching word marked like ts_headline would, or null when none is found. English stems are prefixes of
 * the word they come from, bar a final y that became i ("compani" for "company"). Done here rather than
 * with ts_headline, which parses each whole document again and cost more than the search itself.
 */
export function resumeExcerpt(text: string, lexemes: string[], maxWords = 24): string | null {
  if (lexemes.length === 0) return null;
  const stems = lexemes.map((lexeme) => escapeRegExp(lexeme).replace(/i$/, "[iy]"));
  const matcher = new RegExp(`^[^\\p{L}\\p{N}]*(?:${stems.join("|")})`, "iu");
  const words = text.replaceAll(HIGHLIGHT_START, "").replaceAll(HIGHLIGHT_STOP, "").split(/\s+/).filter(Boolean);
  const first = words.findIndex((word) => matcher.test(word));
  if (first === -1) return null;
  const start = Math.max(0, first - Math.floor(maxWords / 3));
  return words
    .slice(start, start + maxWords)
    .map((word) => (matcher.test(word) ? word.replace(/^(\P{L}*)([\p{L}\p{N}'’-]+)/u, `$1${HIGHLIGHT_START}$2${HIGHLIGHT_STOP}`) : word))
    .join(" ");
}
