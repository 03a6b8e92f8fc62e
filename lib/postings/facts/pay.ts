import type { PayPeriod } from "@/lib/enums";
import { lineAt } from "./lines";

/** `dollar`: the currency is a bare "$", which the job's country may say is not US dollars. */
export type FoundPay = { payMin: number; payMax: number; payCurrency: string; payPeriod?: PayPeriod; evidence: string; dollar: boolean };

const CODES = "USD|EUR|GBP|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|JPY|INR|SGD|HKD|ZAR|BRL|MXN|CZK|HUF|RON|ILS";
const PREFIX = `(?:US\\$|CA\\$|C\\$|AU\\$|A\\$|NZ\\$|(?:${CODES})\\s?\\$?|\\$|€|£|¥|₹)`;
const SUFFIX = `(?:${CODES}|€|£|euros?|dollars?|pounds?)`;
// 95,000 · 80.000 · 120'000 · 80 000 · 95,000.00 · 42.50 · 95
const NUMBER = `\\d{1,3}(?:[.,'’\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d{1,7}(?:[.,]\\d{1,2})?`;
const AMOUNT = (n: number) => `(?<pre${n}>${PREFIX})?\\s?(?<num${n}>${NUMBER})\\s?(?<k${n}>[kK]\\b)?\\s?(?<suf${n}>${SUFFIX}\\b|€|£)?`;
const RANGE = new RegExp(`${AMOUNT(1)}\\s*(?:-|–|—|to|and|until)\\s*${AMOUNT(2)}`, "g");
const SINGLE = new RegExp(AMOUNT(1), "g");

const SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "US$": "USD", CA$: "CAD", C$: "CAD", AU$: "AUD", A$: "AUD", NZ$: "NZD" };
const WORDS: Record<string, string> = { euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD", pound: "GBP", pounds: "GBP" };

const PERIODS: [RegExp, PayPeriod][] = [
  [/\b(?:per|an?|\/)\s?(?:hour|hr|h)\b|\bhourly\b/i, "hour"],
  [/\b(?:per|a|\/)\s?(?:day)\b|\bdaily rate\b|\bper diem\b/i, "day"],
  [/\b(?:per|a|\/)\s?(?:week|wk)\b|\bweekly\b/i, "week"],
  [/\b(?:per|a|\/)\s?(?:month|mo)\b|\bmonthly\b/i, "month"],
  [/\b(?:per|a|\/)\s?(?:year|yr|annum)\b|\bannual(?:ly)?\b|\byearly\b|\bp\.\s?a\.?(?=\s|$|[,;)])|\bOTE\b/i, "year"],
];
const PAY_WORDS = /\b(?:salary|pay|compensation|wage|rate|OTE|stipend|earn|base)\b/i;

function currencyOf(prefix?: string, suffix?: string): string | undefined {
  for (const mark of [prefix, suffix]) {
    if (!mark) continue;
    const compact = mark.replace(/\s/g, "");
    const code = /^[A-Z]{3}/.exec(compact)?.[0];
    if (code) return code;
    if (SYMBOLS[compact]) return SYMBOLS[compact];
    if (WORDS[compact.toLowerCase()]) return WORDS[compact.toLowerCase()];
  }
  return undefined;
}

/** "95,000" → 95000, "80.000" → 80000, "42.50" → 42.5, "1.234,56" → 1234.56. */
export function parseAmount(text: string): number {
  const compact = text.replace(/[\s'’\u00a0\u202f]/g, "");
  const decimal = /[.,](\d{1,2})$/.exec(compact);
  const whole = decimal ? compact.slice(0, decimal.index) : compact;
  return Number(whole.replace(/[.,]/g, "")) + (decimal ? Number(`0.${decimal[1]}`) : 0);
}

/** The period named nearest the figures: the first after them, else the last before them. */
function nearest(window: string, last: boolean): PayPeriod | undefined {
  let best: { at: number; period: PayPeriod } | undefined;
  for (const [pattern, period] of PERIODS) {
    const at = last ? window.search(new RegExp(`${pattern.source}(?![\\s\\S]*(?:${pattern.source}))`, pattern.flags)) : window.search(pattern);
    if (at >= 0 && (!best || (last ? at > best.at : at < best.at))) best = { at, period };
  }
  return best?.period;
}

function periodAround(text: string, start: number, end: number, min: number, max: number): PayPeriod | undefined {
  const named = nearest(text.slice(end, end + 40), false) ?? nearest(text.slice(Math.max(0, start - 60), start), true);
  if (named) return named;
  // No period said: a five-figure range is a year's pay; below 200 an hour's.
  if (min >= 10_000) return "year";
  if (max < 200) return "hour";
  return undefined;
}

type Groups = Partial<Record<string, string>>;

function read(text: string, match: RegExpExecArray, range: boolean): FoundPay | undefined {
  const g = match.groups as Groups;
  const currency = currencyOf(g.pre1, g.suf1) ?? (range ? currencyOf(g.pre2, g.suf2) : undefined);
  if (!currency) return undefined;
  const k = Boolean(g.k1 || g.k2);
  let min = parseAmount(g.num1!) * (g.k1 || (k && range && !g.k1 && parseAmount(g.num1!) < 1000) ? 1000 : 1);
  let max = range ? parseAmount(g.num2!) * (g.k2 ? 1000 : 1) : min;
  if (!(min > 0) || !(max >= min) || max > 100_000_000) return undefined;
  const payPeriod = periodAround(text, match.index, match.index + match[0].length, min, max);
  // A bare figure with a currency ("$5 off") isn't pay unless the text says so.
  const context = text.slice(Math.max(0, match.index - 80), match.index + match[0].length + 40);
  if (!range && !PAY_WORDS.test(context) && !payPeriod) return undefined;
  // Whole units, as the job stores them: the range widens to hold a figure with cents.
  min = Math.floor(min);
  max = Math.ceil(max);
  const dollar = [g.pre1, g.pre2].some((mark) => mark?.trim() === "$") && !/\b(?:USD|CAD|AUD|NZD)\b/.test(match[0]);
  return { payMin: min, payMax: max, payCurrency: currency, ...(payPeriod && { payPeriod }), evidence: lineAt(text, match.index), dollar };
}

/** The first pay range stated in the text ("The base salary range is $95,000 - $125,000"), else a single figure. */
export function findPay(text: string): FoundPay | undefined {
  for (const match of text.matchAll(RANGE)) {
    const found = read(text, match, true);
    if (found) return found;
  }
  for (const match of text.matchAll(SINGLE)) {
    const found = read(text, match, false);
    if (found) return found;
  }
  return undefined;
}
