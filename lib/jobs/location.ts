/**
 * Job locations are free text ("Berlin, Germany", "Austin, TX, United States", "Remote (Europe)").
 * Search engines want structure (a locality and an ISO country code, or for remote jobs the area
 * applicants must live in), so this reads the common shapes and leaves anything unclear out rather
 * than guess.
 */

export type Country = { code: string; name: string };

export type ParsedLocation = {
  /** The text names a remote arrangement ("Remote", "Remote (Europe)", "Remote - US"). */
  remote: boolean;
  /** Where a remote applicant must be, one entry per place named: "Remote (US or Canada)" gives two. */
  remoteAreas: string[];
  locality?: string;
  region?: string;
  country?: Country;
};

// Codes Intl knows that are not countries (European Union, pseudo-locales...), or that are withdrawn or
// reserved and share a name with the current code (AN "Curaçao" is now CW; UK is reserved for GB).
const notCountries = new Set([
  "AC", "AN", "BU", "CP", "CS", "DD", "DG", "DY", "EA", "EU", "EZ", "FX", "HV", "IC", "NH", "NT", "QO",
  "RH", "SU", "TA", "TP", "UK", "UN", "VD", "XA", "XB", "YD", "YU", "ZR", "ZZ",
]);

const aliases: Record<string, string> = {
  uk: "GB",
  "great britain": "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  us: "US",
  usa: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "united states of america": "US",
  america: "US",
  "the netherlands": "NL",
  holland: "NL",
  uae: "AE",
  "south korea": "KR",
  turkey: "TR",
  "czech republic": "CZ",
  "ivory coast": "CI",
};

const regionNames = new Intl.DisplayNames("en", { type: "region", fallback: "none" });

function buildCountryIndex(): Map<string, Country> {
  const index = new Map<string, Country>();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      const name = regionNames.of(code);
      if (!name || notCountries.has(code)) continue;
      index.set(normalize(name), { code, name });
      // "Bosnia & Herzegovina" is also written with "and"; "St. Lucia" with "Saint".
      index.set(normalize(name.replace(/&/g, "and").replace(/^St\. /, "Saint ")), { code, name });
    }
  }
  for (const [alias, code] of Object.entries(aliases)) index.set(alias, { code, name: regionNames.of(code) ?? code });
  return index;
}

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let countryIndex: Map<string, Country> | undefined;

/** "Germany", "United Kingdom", "UK" → the country with its ISO 3166-1 alpha-2 code; otherwise undefined. */
export function findCountry(text: string): Country | undefined {
  countryIndex ??= buildCountryIndex();
  return countryIndex.get(normalize(text));
}

/** Regions applicants are often limited to, by the names postings use for them. */
const REGIONS: Record<string, string> = {
  eu: "European Union",
  "european union": "European Union",
  europe: "Europe",
  emea: "EMEA",
  apac: "APAC",
  "asia pacific": "APAC",
  latam: "Latin America",
  "latin america": "Latin America",
  "north america": "North America",
  worldwide: "Worldwide",
  anywhere: "Worldwide",
  global: "Worldwide",
};

/** "EU" → "European Union", "anywhere" → "Worldwide"; undefined for anything but a known region. */
export function findRegion(text: string): string | undefined {
  return REGIONS[normalize(text)];
}

const remotePrefix = /^(?:fully\s+)?remote\b[\s:,–—-]*(.*)$/i;
// "US Remote", "Germany (Remote)", "EU - remote": the area first.
const remoteSuffix = /^(.*?)[\s,:–—-]*\(?(?<![\p{L}\p{N}])(?:fully\s+)?remote\)?$/iu;

export function parseLocation(text: string | null | undefined): ParsedLocation {
  const location = text?.trim() ?? "";
  const remoteMatch = remotePrefix.exec(location) ?? remoteSuffix.exec(location);
  if (remoteMatch) {
    const area = (remoteMatch[1] ?? "").replace(/^\((.*)\)$/s, "$1").replace(/^[\s,:;–—-]+|[\s,:;–—-]+$/g, "").trim();
    return { remote: true, remoteAreas: splitAreas(area) };
  }
  const region = findRegion(location);
  if (region) return { remote: false, remoteAreas: [region] };

  const parts = location
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) return { remote: false, remoteAreas: [] };
  const country = findCountry(parts.at(-1)!);
  const places = country ? parts.slice(0, -1) : parts;
  return {
    remote: false,
    remoteAreas: [],
    ...(places[0] !== undefined && { locality: places[0] }),
    ...(places.length > 1 && { region: places.slice(1).join(", ") }),
    ...(country && { country }),
  };
}

/** "US or Canada", "EU / UK", "Germany, Austria & Switzerland" → one entry per place ("Trinidad & Tobago" stays whole). */
function splitAreas(area: string): string[] {
  if (findCountry(area)) return [area];
  return area
    .split(/\s*(?:,|\/|;|&|\bor\b|\band\b|\+)\s*/i)
    .map((part) => part.trim())
    .filter(Boolean);
}
