import { parseLocation } from "@/lib/jobs/location";
import type { FactName, FoundFact, PostingFacts } from "../types";
import { findDepartment, findEmployment } from "./employment";
import { detailsLine, headLines, labelled, labels } from "./lines";
import { findPay } from "./pay";
import { findApplicantArea, remoteLocation } from "./where";
import { findWorkplace, workplaceIn } from "./workplace";

export type Facts = { facts: PostingFacts; found: Partial<Record<FactName, FoundFact>> };

const DOLLARS: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD", MX: "MXN" };
const LOCATION_LABELS = ["location", "locations", "based in", "office", "work location", "job location", "where"];
const WORKPLACE_LABELS = ["workplace", "workplace type", "work model", "work arrangement", "remote", "work setup", "working model"];

/**
 * The facts a posting states in its text, proposed for the fields the front matter left empty. Each comes
 * with the line it was found in, for the recruiter to check.
 */
export function findFacts(text: string, title: string, given: PostingFacts): Facts {
  const facts: PostingFacts = {};
  const found: Facts["found"] = {};
  const lines = headLines(text);
  let dollar = false;

  if (given.payMin === undefined && given.payMax === undefined) {
    const pay = findPay(text);
    if (pay) {
      const { evidence, dollar: bare, ...range } = pay;
      Object.assign(facts, range);
      dollar = bare;
      found.pay = { evidence };
    }
  }

  const locationLabel = labelled(lines, LOCATION_LABELS);
  let location = given.location;
  if (!location && locationLabel) {
    location = locationLabel.value.replace(/\s*\((?:hybrid|on-?site|in[- ]office)\)\s*$/i, "").trim();
    found.location = { evidence: locationLabel.evidence };
  }

  let workplace = given.workplaceType;
  if (!workplace) {
    // "Workplace: Hybrid", "Location: Austin, TX (Hybrid)", "Schedule: Full-time, on-site", "Berlin · Hybrid".
    const label =
      labelled(lines, WORKPLACE_LABELS) ??
      labels(lines).find((entry) => workplaceIn(entry.value)) ??
      detailsLine(lines.slice(0, 15), workplaceIn);
    const result = findWorkplace(text, title, location, label && workplaceIn(label.value) ? label : undefined);
    if (result) {
      workplace = facts.workplaceType = result.value;
      found.workplaceType = { evidence: result.evidence };
    }
  }

  if (workplace === "remote") {
    const area = findApplicantArea(text);
    const remote = remoteLocation(location, area?.area);
    if (remote && remote !== given.location) {
      location = remote;
      found.location = { evidence: area?.evidence ?? found.location?.evidence ?? remote };
    }
  }
  if (location && location !== given.location) facts.location = location.slice(0, 200);
  // "$" in a posting for Toronto or Sydney is that country's dollar.
  const country = dollar ? parseLocation(location).country?.code : undefined;
  if (country && DOLLARS[country]) facts.payCurrency = DOLLARS[country];

  if (!given.employmentType) {
    const employment = findEmployment(text, title, lines);
    if (employment) {
      facts.employmentType = employment.value;
      found.employmentType = { evidence: employment.evidence };
    }
  }
  if (!given.department) {
    const department = findDepartment(lines);
    if (department) {
      facts.department = department.value.slice(0, 100);
      found.department = { evidence: department.evidence };
    }
  }
  return { facts, found };
}
