import { findCountry, findRegion } from "@/lib/jobs/location";
import { lineAt } from "./lines";

/**
 * Who may apply from where, for a remote job: "US-based applicants only", "anywhere in the EU",
 * "worldwide". Written as the location Candor reads for search engines ("Remote (United States)",
 * lib/jobs/location.ts), so the posting's structured data names the area.
 */
export type FoundArea = { area: string; evidence: string };

/** "the US or Canada" → "United States or Canada"; undefined unless every part is a country or a known region. */
export function areaName(text: string): string | undefined {
  const parts = text
    .replace(/\b(?:fully\s+)?remote\b/gi, "")
    .trim()
    .replace(/^the\s+/i, "")
    .split(/\s*(?:,|\/|\bor\b|\band\b|&)\s*/i)
    .map((part) => part.replace(/^the\s+/i, "").replace(/[.!)]+$/, "").trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 6) return undefined;
  const names = parts.map((part) => findRegion(part) ?? findCountry(part)?.name);
  if (names.some((name) => name === undefined)) return undefined;
  return [...new Set(names)].join(" or ");
}

const PLACE = "((?:the )?[A-Z]\\w*(?:[ -][A-Z]\\w*){0,3}(?:(?:, | or | and | ?/ ?)(?:the )?[A-Z]\\w*(?:[ -][A-Z]\\w*){0,3}){0,4})";
const PATTERNS: RegExp[] = [
  new RegExp(`${PLACE}[- ]based (?:applicants|candidates|residents|people)(?: only)?`, "g"),
  new RegExp(`\\b(?:must|need to|should) (?:be )?(?:based|located|resident|residing|live|reside)(?: in)? (?:in )?${PLACE}`, "g"),
  new RegExp(`\\b(?:open to|hire|hiring|welcome)(?: applicants| candidates| people)?(?: based| located| living)? (?:anywhere )?in ${PLACE}`, "g"),
  new RegExp(`\\banywhere in ${PLACE}`, "g"),
  new RegExp(`\\b(?:residents|citizens) of ${PLACE}`, "g"),
  /\b[Rr]emote \(([^()\n]{2,60})\)/g,
];
const WORLDWIDE = /\b(?:worldwide|anywhere in the world|from anywhere|globally remote|remote[- ]global|work from anywhere)\b/i;

export function findApplicantArea(text: string): FoundArea | undefined {
  const head = text.slice(0, 30_000).replace(/\bU\.S\.(?:A\.)?/g, "US");
  for (const pattern of PATTERNS) {
    for (const match of head.matchAll(pattern)) {
      const area = areaName(match[1] ?? "");
      if (area) return { area, evidence: lineAt(head, match.index) };
    }
  }
  const worldwide = WORLDWIDE.exec(head);
  return worldwide ? { area: "Worldwide", evidence: lineAt(head, worldwide.index) } : undefined;
}

/**
 * A remote job's location as "Remote (area)": "Worldwide Remote", "US Remote" and "Remote - EU" all read
 * the same way. Other locations are returned unchanged.
 */
export function remoteLocation(location: string | undefined, area: string | undefined): string | undefined {
  const text = location?.replace(/\s*\((?:remote|hybrid|on-?site)\)\s*/i, " ").trim();
  const stripped = text?.replace(/\b(?:fully\s+)?remote\b/i, "").replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, "").replace(/^\((.*)\)$/, "$1").trim();
  const named = stripped ? areaName(stripped) : undefined;
  if (area) return `Remote (${area})`;
  if (named) return `Remote (${named})`;
  if (!text || /^(?:fully\s+)?remote$/i.test(text)) return text || undefined;
  return text;
}
