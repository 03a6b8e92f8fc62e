// Indeed's XML job feed (docs.indeed.com, "XML feed reference"): a <source> root naming the system that
// publishes it, then one <job> per open posting. Indeed asks for every job value inside CDATA, dates in
// ISO 8601, and no HTML entities in the XML; the description may be HTML.

import type { PublicJob } from "@/lib/careers/public-types";
import type { EmploymentType, WorkplaceType } from "@/lib/enums";
import { formatPayRange } from "@/lib/jobs/format";
import { findCountry, parseLocation } from "@/lib/jobs/location";
import { renderMarkdown } from "@/lib/markdown";
import { cdata, escapeXml } from "./xml";

export const INDEED_CONTENT_TYPE = "application/xml; charset=utf-8";

export type IndeedFeedJob = Pick<
  PublicJob,
  | "publicId"
  | "title"
  | "location"
  | "workplaceType"
  | "employmentType"
  | "descriptionMd"
  | "payMin"
  | "payMax"
  | "payCurrency"
  | "payPeriod"
  | "publishedAt"
  | "createdAt"
> & {
  /** The posting's absolute URL, where the candidate reads it and applies. */
  url: string;
};

export type IndeedFeed = {
  /** The hiring organisation: <company> and <sourcename> of every job. */
  company: string;
  /** Where the jobs are published (the careers page): <publisherurl>. */
  publisherUrl: string;
  lastBuildDate: Date;
  jobs: IndeedFeedJob[];
};

/** Indeed's job types. */
const jobTypes: Record<EmploymentType, string> = {
  full_time: "fulltime",
  part_time: "parttime",
  contract: "contract",
  temporary: "temporary",
  internship: "internship",
};

/** Indeed's remote types; an on-site job has none. */
const remoteTypes: Record<WorkplaceType, string | null> = { remote: "Fully remote", hybrid: "Hybrid remote", on_site: null };

/** ISO 8601 to the second, as Indeed's examples write it: 2014-12-19T22:49:39Z. */
const isoSeconds = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "Z");

export type IndeedLocation = { city?: string; state?: string; country?: string; postalcode?: string };

// A postal code written in a location's part: before the place ("10115 Berlin", "1000-001 Lisboa") or
// after it ("CA 94105", "TX 78701-1234").
const leadingPostalCode = /^(\d{4,6}(?:-\d{3,4})?)\s+(\S.*)$/;
const trailingPostalCode = /^(.*\S)\s+(\d{4,6}(?:-\d{3,4})?)$/;

function splitPostalCode(part: string | undefined): { place?: string; postalcode?: string } {
  if (!part) return {};
  const leading = leadingPostalCode.exec(part);
  if (leading) return { place: leading[2], postalcode: leading[1] };
  const trailing = trailingPostalCode.exec(part);
  if (trailing) return { place: trailing[1], postalcode: trailing[2] };
  return { place: part };
}

/**
 * Indeed's location fields from the job's free-text location ("Austin, TX 78701, United States"); the
 * country as an ISO code. Parts that cannot be read are left out rather than guessed; a remote job names
 * the country its applicants must be in when the location says one ("Remote (Germany)").
 */
export function indeedLocation(location: string | null): IndeedLocation {
  const parsed = parseLocation(location);
  if (parsed.remote) {
    const [area, ...others] = parsed.remoteAreas;
    const country = area && others.length === 0 ? findCountry(area) : undefined;
    return country ? { country: country.code } : {};
  }
  const city = splitPostalCode(parsed.locality);
  const state = splitPostalCode(parsed.region);
  const postalcode = state.postalcode ?? city.postalcode;
  return {
    ...(city.place && { city: city.place }),
    ...(state.place && { state: state.place }),
    ...(parsed.country && { country: parsed.country.code }),
    ...(postalcode && { postalcode }),
  };
}

function jobElement(job: IndeedFeedJob, company: string): string {
  const location = indeedLocation(job.location);
  // Indeed's examples write a range with a hyphen ("$70,000 - $90,000 per year").
  const salary = formatPayRange(job)?.replace(" – ", " - ");
  const remoteType = remoteTypes[job.workplaceType];
  const fields: [string, string | null | undefined][] = [
    ["title", job.title],
    ["date", isoSeconds(job.publishedAt ?? job.createdAt)],
    // The public number never changes and is unique across organisations, as Indeed asks of both.
    ["referencenumber", String(job.publicId)],
    ["requisitionid", String(job.publicId)],
    ["url", job.url],
    ["company", company],
    ["sourcename", company],
    ["city", location.city],
    ["state", location.state],
    ["country", location.country],
    ["postalcode", location.postalcode],
    ["description", renderMarkdown(job.descriptionMd)],
    ["salary", salary],
    ["jobtype", jobTypes[job.employmentType]],
    ["remotetype", remoteType],
  ];
  return [
    "  <job>",
    ...fields.flatMap(([name, value]) => (value ? [`    <${name}>${cdata(value)}</${name}>`] : [])),
    "  </job>",
  ].join("\n");
}

export function buildIndeedFeed(feed: IndeedFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    "<source>",
    "  <publisher>Candor</publisher>",
    `  <publisherurl>${escapeXml(feed.publisherUrl)}</publisherurl>`,
    // RFC 822, as in Indeed's own example of the feed.
    `  <lastBuildDate>${feed.lastBuildDate.toUTCString()}</lastBuildDate>`,
    ...feed.jobs.map((job) => jobElement(job, feed.company)),
    "</source>",
    "",
  ].join("\n");
}
