import { formatPayRange } from "@/lib/jobs/format";
import { baseSalary, schemaEmploymentTypes, searchLocation, type SearchLocation } from "@/lib/jobs/json-ld";
import type { CheckedJob, PostingWarning, SearchViewItem } from "./types";

/**
 * What Google's JobPosting documentation requires (title, description, datePosted, hiringOrganization, and
 * jobLocation, or for a fully remote job jobLocationType with applicantLocationRequirements) and recommends
 * (baseSalary, validThrough, employmentType, identifier, directApply ...), read from the same functions
 * that write the posting's JSON-LD (lib/jobs/json-ld.ts). Candor always writes title, datePosted,
 * hiringOrganization, employmentType, identifier and directApply; the rest depends on the job's fields.
 * https://developers.google.com/search/docs/appearance/structured-data/job-posting
 */

const closingDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

type Address = { addressLocality?: string; addressRegion?: string; addressCountry?: string };
type Named = { name?: string };

const addressOf = (where: SearchLocation) => (where.jobLocation?.address ?? {}) as Address;

function place(where: SearchLocation): string | null {
  if (where.jobLocationType === "TELECOMMUTE") {
    const areas = (where.applicantLocationRequirements ?? []).map((area) => (area as Named).name).join(", ");
    return `Remote (TELECOMMUTE), applicants in: ${areas}`;
  }
  const address = addressOf(where);
  const parts = [address.addressLocality, address.addressRegion, address.addressCountry].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : null;
}

function payOf(job: CheckedJob) {
  return { payMin: job.payMin ?? null, payMax: job.payMax ?? null, payCurrency: job.payCurrency ?? null, payPeriod: job.payPeriod ?? null };
}

/** The posting as search engines will read it, property by property. */
export function searchEngineView(job: CheckedJob): SearchViewItem[] {
  const where = searchLocation({ location: job.location ?? null, workplaceType: job.workplaceType });
  const remote = where.jobLocationType === "TELECOMMUTE";
  return [
    { property: "title", label: "Title", value: job.title.trim() || null },
    remote
      ? { property: "applicantLocationRequirements", label: "Where", value: place(where) }
      : { property: "jobLocation", label: "Where", value: place(where) },
    { property: "baseSalary", label: "Pay", value: formatPayRange(payOf(job)) },
    { property: "employmentType", label: "Employment type", value: schemaEmploymentTypes[job.employmentType] },
    { property: "validThrough", label: "Closes", value: job.closesAt ? closingDate.format(new Date(`${job.closesAt}T23:59:59Z`)) : null },
    { property: "directApply", label: "Apply", value: "On this posting, with its Apply button" },
  ];
}

/** A warning for each required or recommended property the job leaves out, or fills so it misleads. */
export function searchEngineWarnings(job: CheckedJob): PostingWarning[] {
  const warnings: PostingWarning[] = [];
  const where = searchLocation({ location: job.location ?? null, workplaceType: job.workplaceType });
  if (!job.descriptionMd.trim()) {
    warnings.push({
      id: "search:description",
      kind: "search",
      title: "No description",
      detail: "Google requires a description (description) to show a posting in job search.",
      field: "descriptionMd",
    });
  }
  if (job.workplaceType !== "remote" && !where.jobLocation) {
    warnings.push({
      id: "search:jobLocation",
      kind: "search",
      title: "Search engines can't tell where the job is",
      detail:
        "Google requires the place of work (jobLocation). Write the location as a city and country, like “Austin, TX, United States”; for a fully remote job, choose Remote as the workplace.",
      field: "location",
    });
  } else if (where.jobLocation && !addressOf(where).addressCountry) {
    warnings.push({
      id: "search:addressCountry",
      kind: "search",
      title: "The location has no country",
      detail: `Search engines read “${job.location}” without a country (addressCountry). Add it, like “${job.location}, United States”.`,
      field: "location",
    });
  }
  if (where.worldwideByDefault) {
    warnings.push({
      id: "search:applicantLocationRequirements",
      kind: "search",
      title: "Remote, open to applicants anywhere in the world",
      detail:
        "The location names no country or region, so search engines are told applicants may live anywhere (applicantLocationRequirements). If they must live somewhere, say where, like “Remote (United States)” or “Remote (EU)”.",
      field: "location",
    });
  }
  const salary = baseSalary(payOf(job));
  if (!salary) {
    warnings.push({
      id: "search:baseSalary",
      kind: "search",
      title: "No pay range",
      detail: "Google recommends the pay (baseSalary): job search shows it, and candidates filter by it.",
      field: "payMin",
    });
  } else if (!job.payPeriod) {
    warnings.push({
      id: "search:unitText",
      kind: "search",
      title: "The pay has no period",
      detail: "Say whether the pay is per hour, day, week, month or year (the unitText of baseSalary).",
      field: "payPeriod",
    });
  }
  if (!job.closesAt) {
    warnings.push({
      id: "search:validThrough",
      kind: "search",
      title: "No closing date",
      detail: "Google recommends a closing date (validThrough), so the posting leaves job search when applications close. Set one, or remember to close the job.",
      field: "closesAt",
    });
  }
  return warnings;
}
