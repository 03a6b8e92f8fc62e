import type { Page } from "@playwright/test";

/**
 * A posting page's JobPosting structured data, and a test of it against Google's job posting documentation
 * (https://developers.google.com/search/docs/appearance/structured-data/job-posting), written here from
 * that page rather than from Candor's own code, so it can catch Candor getting it wrong.
 */

type Data = Record<string, unknown>;

export async function jobPostingJsonLd(page: Page): Promise<Data> {
  return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "null") as Data;
}

const isObject = (value: unknown): value is Data => typeof value === "object" && value !== null && !Array.isArray(value);
const isDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value));
const text = (value: unknown) => typeof value === "string" && value.trim().length > 0;

const EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];
const UNITS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];

function placeProblems(data: Data): string[] {
  if (data.jobLocationType === "TELECOMMUTE") {
    // Fully remote: where applicants may live takes the place of an office.
    const areas = data.applicantLocationRequirements;
    const list = Array.isArray(areas) ? areas : [areas];
    const valid = list.every((area) => isObject(area) && ["Country", "AdministrativeArea", "State"].includes(String(area["@type"])) && text(area.name));
    return list.length > 0 && areas !== undefined && valid ? [] : ["applicantLocationRequirements (a remote job must say where applicants may be)"];
  }
  const place = data.jobLocation;
  const address = isObject(place) ? place.address : undefined;
  if (!isObject(place) || place["@type"] !== "Place" || !isObject(address) || address["@type"] !== "PostalAddress") return ["jobLocation"];
  const problems: string[] = [];
  if (!text(address.addressLocality) && !text(address.addressRegion)) problems.push("jobLocation.address.addressLocality");
  if (!/^[A-Z]{2}$/.test(String(address.addressCountry))) problems.push("jobLocation.address.addressCountry");
  return problems;
}

function salaryProblems(salary: unknown): string[] {
  if (!isObject(salary) || salary["@type"] !== "MonetaryAmount" || !/^[A-Z]{3}$/.test(String(salary.currency))) return ["baseSalary"];
  const value = salary.value;
  if (!isObject(value) || value["@type"] !== "QuantitativeValue") return ["baseSalary.value"];
  const amounts = typeof value.value === "number" || (typeof value.minValue === "number" && typeof value.maxValue === "number" && value.minValue <= value.maxValue);
  const problems = amounts ? [] : ["baseSalary.value (value, or minValue and maxValue)"];
  if (!UNITS.includes(String(value.unitText))) problems.push("baseSalary.value.unitText");
  return problems;
}

/** The required properties Google's documentation lists that the posting lacks or gets wrong. */
export function missingRequired(data: Data): string[] {
  const problems: string[] = [];
  if (data["@context"] !== "https://schema.org" || data["@type"] !== "JobPosting") problems.push("@context/@type");
  if (!text(data.title)) problems.push("title");
  if (!text(data.description) || !/<(?:p|ul|li|br)\b/.test(String(data.description))) problems.push("description (HTML)");
  if (!isDate(data.datePosted)) problems.push("datePosted");
  const organization = data.hiringOrganization;
  if (!isObject(organization) || organization["@type"] !== "Organization" || !text(organization.name)) problems.push("hiringOrganization");
  problems.push(...placeProblems(data));
  return problems;
}

/** The recommended properties Google's documentation lists that the posting lacks or gets wrong. */
export function missingRecommended(data: Data): string[] {
  const problems = salaryProblems(data.baseSalary);
  if (!EMPLOYMENT_TYPES.includes(String(data.employmentType))) problems.push("employmentType");
  const identifier = data.identifier;
  if (!isObject(identifier) || identifier["@type"] !== "PropertyValue" || !text(identifier.name) || !text(identifier.value)) problems.push("identifier");
  if (typeof data.directApply !== "boolean") problems.push("directApply");
  if (!isDate(data.validThrough) || Date.parse(String(data.validThrough)) <= Date.parse(String(data.datePosted))) problems.push("validThrough");
  return problems;
}
