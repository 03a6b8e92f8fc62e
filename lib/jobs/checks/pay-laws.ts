import type { WorkplaceType } from "@/lib/enums";
import { findCountry, findRegion, parseLocation } from "@/lib/jobs/location";

/**
 * Where the law requires a pay range in a job posting. A summary to warn a recruiter before publishing,
 * not legal advice: the warning names the rule so they can look it up. Most of these laws cover remote
 * jobs that may be done from the place too, so a remote job open to the whole United States (or the EU)
 * meets all of them.
 */
export type PayLaw = { place: string; rule: string };

type Jurisdiction = PayLaw & { code: string; names: string[]; cities: string[] };

const US: Jurisdiction[] = [
  { code: "CO", place: "Colorado", rule: "Equal Pay for Equal Work Act (since 2021)", names: ["colorado"], cities: ["denver", "boulder", "colorado springs", "fort collins"] },
  { code: "CA", place: "California", rule: "Labor Code § 432.3, SB 1162 (since 2023)", names: ["california"], cities: ["san francisco", "los angeles", "san diego", "san jose", "oakland", "palo alto", "mountain view", "sunnyvale", "sacramento", "irvine", "santa monica", "menlo park", "sf", "la", "bay area"] },
  { code: "WA", place: "Washington", rule: "Equal Pay and Opportunities Act, RCW 49.58.110 (since 2023)", names: ["washington", "washington state"], cities: ["seattle", "bellevue", "redmond", "spokane", "tacoma", "kirkland"] },
  { code: "NY", place: "New York", rule: "Labor Law § 194-b (since September 2023)", names: ["new york", "new york state"], cities: ["new york city", "nyc", "brooklyn", "manhattan", "queens", "buffalo", "albany"] },
  { code: "IL", place: "Illinois", rule: "Equal Pay Act, pay scale and benefits in job postings (since 2025)", names: ["illinois"], cities: ["chicago", "evanston", "naperville"] },
  { code: "MD", place: "Maryland", rule: "Wage Range Transparency Act (since October 2024)", names: ["maryland"], cities: ["baltimore", "bethesda", "rockville", "annapolis"] },
  { code: "MN", place: "Minnesota", rule: "Minnesota Statutes § 181.173 (since 2025)", names: ["minnesota"], cities: ["minneapolis", "saint paul", "st. paul", "st paul"] },
  { code: "HI", place: "Hawaii", rule: "Hawaii Revised Statutes § 378-2.4 (since 2024)", names: ["hawaii"], cities: ["honolulu"] },
  { code: "MA", place: "Massachusetts", rule: "Act relative to salary range transparency (since October 2025)", names: ["massachusetts"], cities: ["boston", "somerville"] },
  { code: "NJ", place: "New Jersey", rule: "Pay transparency law, P.L. 2024 c. 91 (since June 2025)", names: ["new jersey"], cities: ["newark", "jersey city", "hoboken", "princeton"] },
  { code: "VT", place: "Vermont", rule: "Act 155 of 2024, 21 V.S.A. § 495o (since July 2025)", names: ["vermont"], cities: ["montpelier"] },
  { code: "DC", place: "Washington, DC", rule: "Wage Transparency Omnibus Amendment Act of 2023 (since June 2024)", names: ["district of columbia", "washington dc", "washington d.c."], cities: [] },
];

const EU_RULE = "EU Pay Transparency Directive 2023/970, Article 5: the starting pay or its range before the interview, such as in the posting (member states' laws from June 2026)";

const EU_MEMBERS = new Set([
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
  "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
]);
/** Regions that include EU member states. */
const EU_REGIONS = new Set(["European Union", "Europe", "EMEA", "Worldwide"]);
const US_WIDE = new Set(["US", "North America", "Worldwide"]);

export type PayLawFinding = {
  laws: PayLaw[];
  /** The job may be done anywhere in the United States (a remote job open to all of it). */
  anywhereInUs: boolean;
};

const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, " ").trim();

/** "Washington, DC" and "Washington D.C." are the District, not the state. */
const districtOfColumbia = /\bwashington,?\s*d\.?\s?c\.?(?![\p{L}])/giu;

/**
 * Cities abroad whose state or territory is written with a US state's code: "Perth, WA" is Western
 * Australia. Beside one of them, that code names no US state. (Albany, WA is left out: there is an
 * Albany in both.)
 */
const CITIES_ABROAD_WITH_A_US_CODE = new Map([
  ["perth", "WA"],
  ["fremantle", "WA"],
  ["mandurah", "WA"],
  ["bunbury", "WA"],
  ["geraldton", "WA"],
  ["kalgoorlie", "WA"],
  ["broome", "WA"],
]);

function usJurisdiction(token: string): Jurisdiction | undefined {
  // A state code only in capitals ("CO", not "co"), as addresses write it.
  const byCode = /^[A-Z]{2}$/.test(token) ? US.find((place) => place.code === token) : undefined;
  if (byCode) return byCode;
  const name = normalize(token.replace(/\.$/, ""));
  return US.find((place) => place.names.includes(name) || place.cities.includes(name));
}

/** The pieces of a location: "Denver, CO / Remote (US or Canada)" → Denver, CO, Remote, US, Canada. */
function tokens(location: string): string[] {
  return location
    .replace(districtOfColumbia, "District of Columbia")
    .split(/\s*(?:[,;/|()·•]|\s[–—-]\s|\bor\b|\band\b|&)\s*/)
    .map((token) => token.trim())
    .filter(Boolean);
}

/**
 * The laws that require a pay range for a job at this location. A remote job that names no area may be
 * done from anywhere, so every rule applies; a place Candor does not know gives none.
 */
export function payLawsFor(location: string | null | undefined, workplaceType: WorkplaceType): PayLawFinding {
  const text = location?.trim() ?? "";
  const parsed = parseLocation(text);
  const remote = workplaceType === "remote" || parsed.remote;
  // "US Remote" is one piece to split, and its area to the parser.
  const parts = [...new Set([...tokens(text), ...parsed.remoteAreas])];
  const states = new Map<string, Jurisdiction>();
  const eu = new Set<string>();
  let usWide = false;
  let euWide = false;
  const otherCountry = parts.some((part) => {
    const code = findCountry(part)?.code;
    return code !== undefined && code !== "US";
  });
  const codesAbroad = new Set(parts.map((part) => CITIES_ABROAD_WITH_A_US_CODE.get(normalize(part))).filter(Boolean));
  for (const part of parts) {
    const country = findCountry(part);
    const region = findRegion(part);
    if (country && EU_MEMBERS.has(country.code)) eu.add(country.name);
    if (region && EU_REGIONS.has(region)) euWide = true;
    if (country?.code === "US" || (region && US_WIDE.has(region))) usWide = true;
    // "Vancouver, BC, Canada": two capitals that are not a US state code.
    const state = country ? undefined : usJurisdiction(part);
    const isCode = /^[A-Z]{2}$/.test(part);
    if (state && !(isCode && (otherCountry || codesAbroad.has(part)))) states.set(state.code, state);
  }
  const namesNoArea = remote && parsed.remoteAreas.length === 0 && !parsed.country && states.size === 0 && eu.size === 0;
  const anywhereInUs = remote && states.size === 0 && (usWide || namesNoArea);
  const laws: PayLaw[] = (anywhereInUs ? US : [...states.values()]).map(({ place, rule }) => ({ place, rule }));
  const euPlaces = eu.size > 0 ? [...eu] : remote && (euWide || namesNoArea) ? ["the European Union"] : [];
  for (const place of euPlaces) laws.push({ place, rule: EU_RULE });
  return { laws, anywhereInUs };
}
