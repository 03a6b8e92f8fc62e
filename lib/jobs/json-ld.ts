import type { PublicJob } from "@/lib/careers/public-types";
import type { EmploymentType, PayPeriod } from "@/lib/enums";
import { renderMarkdown } from "@/lib/markdown";
import { findCountry, findRegion, parseLocation, type ParsedLocation } from "./location";

/**
 * schema.org JobPosting for a public posting, in the shape Google for Jobs reads:
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */

type Thing = { "@type": string; [key: string]: unknown };

export type JobPostingJsonLd = {
  "@context": "https://schema.org";
  "@type": "JobPosting";
  title: string;
  description: string;
  datePosted: string;
  validThrough?: string;
  employmentType: string;
  hiringOrganization: Thing;
  jobLocation?: Thing;
  jobLocationType?: "TELECOMMUTE";
  applicantLocationRequirements?: Thing[];
  baseSalary?: Thing;
  identifier: Thing;
  directApply: true;
  url: string;
};

export const schemaEmploymentTypes: Record<EmploymentType, string> = {
  full_time: "FULL_TIME",
  part_time: "PART_TIME",
  contract: "CONTRACTOR",
  temporary: "TEMPORARY",
  internship: "INTERN",
};

const schemaPayPeriods: Record<PayPeriod, string> = { hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };

export type JsonLdJob = Pick<
  PublicJob,
  | "publicId"
  | "title"
  | "descriptionMd"
  | "location"
  | "workplaceType"
  | "employmentType"
  | "payMin"
  | "payMax"
  | "payCurrency"
  | "payPeriod"
  | "publishedAt"
  | "closesAt"
  | "createdAt"
>;

export type JsonLdOrganization = { name: string; website: string | null; logoUrl: string | null };

export function buildJobPostingJsonLd({
  job,
  organization,
  url,
}: {
  job: JsonLdJob;
  organization: JsonLdOrganization;
  /** The posting's absolute, canonical URL. */
  url: string;
}): JobPostingJsonLd {
  const where = searchLocation(job);
  const salary = baseSalary(job);
  return {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title: job.title,
    description: renderMarkdown(job.descriptionMd),
    datePosted: (job.publishedAt ?? job.createdAt).toISOString(),
    ...(job.closesAt && { validThrough: job.closesAt.toISOString() }),
    employmentType: schemaEmploymentTypes[job.employmentType],
    hiringOrganization: {
      "@type": "Organization",
      name: organization.name,
      ...(organization.website && { sameAs: organization.website }),
      ...(organization.logoUrl && { logo: organization.logoUrl }),
    },
    ...(where.jobLocation && { jobLocation: where.jobLocation }),
    ...(where.jobLocationType && { jobLocationType: where.jobLocationType }),
    ...(where.applicantLocationRequirements && { applicantLocationRequirements: where.applicantLocationRequirements }),
    ...(salary && { baseSalary: salary }),
    identifier: { "@type": "PropertyValue", name: organization.name, value: String(job.publicId) },
    directApply: true,
    url,
  };
}

/** Where the job is, as search engines read it: a place, or for a remote job the areas applicants may live in. */
export type SearchLocation = Pick<JobPostingJsonLd, "jobLocation" | "jobLocationType" | "applicantLocationRequirements"> & {
  /** A remote job whose location names no area: search engines are told applicants may live anywhere. */
  worldwideByDefault?: true;
};

export function searchLocation(job: Pick<JsonLdJob, "location" | "workplaceType">): SearchLocation {
  const location = parseLocation(job.location);
  if (job.workplaceType !== "remote") {
    const place = jobLocation(location);
    return place ? { jobLocation: place } : {};
  }
  // Google shows a remote job only where applicants may live: a remote job always names that area.
  const areas = applicantAreas(location);
  return {
    jobLocationType: "TELECOMMUTE",
    applicantLocationRequirements: (areas.length > 0 ? areas : [WORLDWIDE]).map(areaThing),
    ...(areas.length === 0 && { worldwideByDefault: true }),
  };
}

const WORLDWIDE = "Worldwide";

function jobLocation(location: ParsedLocation): Thing | undefined {
  if (!location.locality && !location.country) return undefined;
  return {
    "@type": "Place",
    address: {
      "@type": "PostalAddress",
      ...(location.locality && { addressLocality: location.locality }),
      ...(location.region && { addressRegion: location.region }),
      ...(location.country && { addressCountry: location.country.code }),
    },
  };
}

/**
 * "Remote" alone says nothing about where applicants may live; a remote job listed with an address
 * ("Berlin, Germany") is open to applicants in that country.
 */
function applicantAreas(location: ParsedLocation): string[] {
  if (location.remoteAreas.length > 0) return location.remoteAreas;
  return location.country ? [location.country.name] : [];
}

function areaThing(area: string): Thing {
  const country = findCountry(area);
  return country ? { "@type": "Country", name: country.name } : { "@type": "AdministrativeArea", name: findRegion(area) ?? area };
}

export function baseSalary(job: Pick<JsonLdJob, "payMin" | "payMax" | "payCurrency" | "payPeriod">): Thing | undefined {
  if (job.payMin === null && job.payMax === null) return undefined;
  const value: Thing = { "@type": "QuantitativeValue" };
  if (job.payMin !== null && job.payMax !== null && job.payMin !== job.payMax) {
    value.minValue = job.payMin;
    value.maxValue = job.payMax;
  } else {
    value.value = job.payMin ?? job.payMax;
  }
  if (job.payPeriod) value.unitText = schemaPayPeriods[job.payPeriod];
  // formatPayRange shows a range without a currency as US dollars; say the same to search engines.
  return { "@type": "MonetaryAmount", currency: job.payCurrency ?? "USD", value };
}

/**
 * JSON for an inline <script type="application/ld+json">. The HTML parser ends the script at the first
 * "</script" whatever the JSON means, so "<" (and ">", "&" for good measure) are written as \u escapes,
 * which are the same characters to a JSON parser. U+2028/2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
