/** What replaces a candidate's personal data in text the organisation keeps (a note, a sent email, an interview title). */
export const ERASED = "[erased]";

/** Everything that identifies one person: their current details and those of records merged into theirs. */
export type PersonalDetails = { names: string[]; emails: string[]; phones: string[]; links: string[] };

type Details = { name?: unknown; email?: unknown; phone?: unknown; links?: unknown };

const text = (value: unknown) => (typeof value === "string" && value.trim() ? [value.trim()] : []);
const urls = (value: unknown) =>
  Array.isArray(value) ? value.flatMap((link) => text((link as { url?: unknown } | null)?.url)) : [];

/**
 * The person's details, gathered from their candidate row and from what each merge recorded of the
 * records merged into theirs (`merged`, `survivorBefore`), whose old names and addresses are theirs too.
 */
export function personalDetailsOf(candidate: Details, merges: unknown[]): PersonalDetails {
  const all: Details[] = [candidate];
  for (const data of merges) {
    if (!data || typeof data !== "object") continue;
    for (const key of ["merged", "survivorBefore"] as const) {
      const details = (data as Record<string, unknown>)[key];
      if (details && typeof details === "object") all.push(details as Details);
    }
  }
  const unique = (values: string[]) => [...new Map(values.map((value) => [value.toLowerCase(), value])).values()];
  return {
    names: unique(all.flatMap((details) => text(details.name))),
    emails: unique(all.flatMap((details) => text(details.email))),
    phones: unique(all.flatMap((details) => text(details.phone))),
    links: unique(all.flatMap((details) => urls(details.links))),
  };
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "giu");
const digitsOf = (value: string) => value.replace(/\D/g, "");

// A phone number as people write it: digits with spaces, dots, dashes, brackets, maybe a leading "+".
const PHONE_RUN = /\+?\(?\d[\d\s().-]{4,}\d/g;
// Enough trailing digits to recognise a number with or without its country code or trunk 0.
const SIGNIFICANT_DIGITS = 9;

/**
 * The text with every mention of the person replaced by ERASED: their addresses and links, phone numbers
 * however punctuated (and with or without the country code), their full names, then each part of a name
 * of three letters or more ("Spoke to Priya"), as whole words, ignoring case.
 */
export function erasePersonalData(value: string, details: PersonalDetails): string {
  let result = value;
  for (const email of details.emails) result = result.replace(new RegExp(escape(email), "giu"), ERASED);
  for (const link of details.links) {
    const bare = link.replace(/^https?:\/\/(www\.)?/i, "").replace(/\/+$/, "");
    if (bare.length >= 4) result = result.replace(new RegExp(`(?:https?://)?(?:www\\.)?${escape(bare)}/?`, "giu"), ERASED);
  }
  const phoneKeys = details.phones.map((phone) => digitsOf(phone).slice(-SIGNIFICANT_DIGITS)).filter((digits) => digits.length >= 6);
  if (phoneKeys.length) {
    result = result.replace(PHONE_RUN, (run) => (phoneKeys.some((key) => digitsOf(run).includes(key)) ? ERASED : run));
  }
  for (const phone of details.phones) result = result.replace(new RegExp(escape(phone), "giu"), ERASED);
  const parts = details.names.flatMap((name) => name.split(/[\s,-]+/)).filter((part) => [...part.replace(/[^\p{L}]/gu, "")].length >= 3);
  const names = [...new Set([...details.names, ...parts])].sort((a, b) => b.length - a.length);
  for (const name of names) result = result.replace(word(escape(name)), ERASED);
  return result;
}

/** A JSON value (an event's or a notification's data) with erasePersonalData applied to every string in it. */
export function erasePersonalDataInJson<T>(value: T, details: PersonalDetails): T {
  if (typeof value === "string") return erasePersonalData(value, details) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => erasePersonalDataInJson(item, details)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, erasePersonalDataInJson(item, details)])) as T;
  }
  return value;
}

/**
 * An email's attachments with text ones (the interview's .ics) erased like the body, calendar lines
 * unfolded first so a name split across two lines is found; any other attachment is dropped.
 */
export function erasePersonalDataInAttachments<A extends { filename: string; contentType: string; content: string /* base64 */ }>(
  attachments: A[],
  details: PersonalDetails,
): A[] {
  return attachments.flatMap((attachment) => {
    if (!attachment.contentType.startsWith("text/")) return [];
    let text = Buffer.from(attachment.content, "base64").toString("utf8");
    if (attachment.contentType.startsWith("text/calendar")) text = text.replace(/\r?\n[ \t]/g, "");
    const content = Buffer.from(erasePersonalData(text, details), "utf8").toString("base64");
    return [{ ...attachment, filename: erasePersonalData(attachment.filename, details), content }];
  });
}
