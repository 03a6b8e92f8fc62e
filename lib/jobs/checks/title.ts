import { findCountry, findRegion, parseLocation } from "@/lib/jobs/location";

/**
 * What Google's job posting guidelines ask the title not to carry, and job boards penalise: the place
 * (shown beside the title anyway), emoji and decorative symbols, and words in capitals.
 */
export type TitleProblems = { places: string[]; symbols: string[]; capitals: string[] };

const WORKPLACE_WORDS = /(?<![\p{L}\p{N}])(?:fully\s+)?(?:remote|hybrid|on-?site|in-office|wfh|work from home)(?![\p{L}\p{N}])/giu;

// Capitalised words that are names or abbreviations, not shouting.
const ACRONYMS = new Set([
  "ABAP", "APAC", "CCNA", "CCNP", "CISSP", "COBOL", "DEVOPS", "EMEA", "FINRA", "GDPR", "HANA", "HIPAA", "HVAC", "LATAM",
  "MLOPS", "NASA", "OSHA", "SAAS", "SCADA", "SDET", "SIEM", "SOX", "CMMC", "ISO", "JSON", "HTML", "REST", "GRPC", "AIML",
]);

const SYMBOL = /\p{Extended_Pictographic}|\p{Regional_Indicator}|[!*¡★☆✦✧✪✩➤➡→⇒✓✔❗❕]/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentions(title: string, place: string): string | undefined {
  // A code such as "CO" or "NY" only in capitals; a name in any case.
  const code = /^[A-Z]{2,3}$/.test(place);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(place)}(?![\\p{L}\\p{N}])`, code ? "u" : "iu");
  return pattern.exec(title)?.[0];
}

/** The places a location names: "Denver, CO, United States" → Denver, CO, United States. */
function placesOf(location: string | null | undefined): string[] {
  const parsed = parseLocation(location);
  const parts = (location ?? "")
    .split(/\s*[,;/|()]\s*/)
    .map((part) => part.replace(WORKPLACE_WORDS, "").trim())
    .filter((part) => part.length >= 2);
  return [...new Set([...parts, ...parsed.remoteAreas, ...(parsed.country ? [parsed.country.name] : [])])];
}

/** "Backend Engineer (Berlin)", "Nurse - Austin, TX", "Designer | Remote": the parts after a separator. */
function trailingSegments(title: string): string[] {
  return title
    .split(/\s+[-–—|•·@]\s+|\s*[(),:]\s*|\s+in\s+/)
    .slice(1)
    .map((segment) => segment.trim())
    .filter(Boolean);
}

export function titleProblems(title: string, location: string | null | undefined): TitleProblems {
  const places = new Set<string>();
  for (const match of title.matchAll(WORKPLACE_WORDS)) places.add(match[0]);
  for (const place of placesOf(location)) {
    const found = mentions(title, place);
    if (found) places.add(found);
  }
  for (const segment of trailingSegments(title)) if (findCountry(segment) || findRegion(segment)) places.add(segment);

  const symbols = new Set<string>();
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(title)) {
    if (SYMBOL.test(segment)) symbols.add(segment);
  }

  const capitals = new Set<string>();
  for (const [word] of title.matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
    const letters = word.replace(/\P{L}/gu, "");
    if (letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !ACRONYMS.has(word)) capitals.add(word);
  }
  return { places: [...places], symbols: [...symbols], capitals: [...capitals] };
}

/** "SENIOR" → "Senior": the word as a title writes it. */
export function calmCapitals(word: string): string {
  return word.charAt(0) + word.slice(1).toLowerCase();
}
