import { markdownToText } from "@/lib/markdown";
import { repairText, type MisEncoded } from "@/lib/postings/mojibake";
import { findApplicationLinks } from "./application-links";
import { payLawsFor } from "./pay-laws";
import { searchEngineView, searchEngineWarnings } from "./search-engines";
import { calmCapitals, titleProblems } from "./title";
import type { CheckedJob, PostingReview, PostingWarning } from "./types";

/**
 * The checks before a job is published: the "Before you publish" panel shows them as the recruiter types,
 * and the publish use cases run them again and publish only once the recruiter confirmed each warning.
 */
export type { CheckedJob, CheckedField, PostingReview, PostingWarning, SearchViewItem } from "./types";

/** Fewer words than this and a posting can't say what the job is, what the work is and who fits. */
export const MIN_DESCRIPTION_WORDS = 100;

const quote = (items: string[]) => items.map((item) => `“${item}”`).join(", ");
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function payLawWarning(job: CheckedJob): PostingWarning | undefined {
  if (job.payMin != null || job.payMax != null) return undefined;
  const { laws, anywhereInUs } = payLawsFor(job.location, job.workplaceType);
  if (laws.length === 0) return undefined;
  const places = [...new Set(laws.map((law) => law.place))];
  return {
    id: `law:pay-range:${places.join("+")}`,
    kind: "law",
    title: "No pay range, which the law requires here",
    detail: anywhereInUs
      ? "Applicants may work from anywhere in the United States, and these laws require the pay in postings for jobs that may be done where they apply. Add the pay range."
      : `The law where this job is done requires the pay in its posting. Add the pay range.`,
    rules: laws.map((law) => `${law.place}: ${law.rule}`),
    field: "payMin",
  };
}

function misEncodedWarning(job: CheckedJob): PostingWarning | undefined {
  const found: MisEncoded[] = [];
  for (const text of [job.title, job.location ?? "", job.department ?? "", job.descriptionMd]) repairText(text, found);
  const replacement = [job.title, job.descriptionMd].join("\n").match(/\uFFFD/g)?.length ?? 0;
  const count = found.length + replacement;
  if (count === 0) return undefined;
  const examples = [...new Map(found.map((run) => [run.text, run])).values()].slice(0, 3);
  const reads = examples.map((run) => (run.reads ? `“${run.text}” should read “${run.reads}”` : `“${run.text}” is a stray symbol`));
  if (replacement > 0) reads.push("“\uFFFD” stands for a character that was lost");
  return {
    id: "content:mis-encoded",
    kind: "content",
    title: `${plural(count, "mis-encoded character", "mis-encoded characters")} left`,
    detail: `${reads.join("; ")}. Correct them, or import the posting again: the import repairs them.`,
    field: "descriptionMd",
  };
}

function titleWarnings(job: CheckedJob): PostingWarning[] {
  const { places, symbols, capitals } = titleProblems(job.title, job.location);
  const warnings: PostingWarning[] = [];
  if (places.length > 0) {
    warnings.push({
      id: "content:title-place",
      kind: "content",
      title: "The title names a place",
      detail: `${quote(places)} in the title: keep the place in Location and Workplace, where search engines and job boards read it. Google asks for the job title alone.`,
      field: "title",
    });
  }
  if (symbols.length > 0) {
    warnings.push({
      id: "content:title-symbols",
      kind: "content",
      title: "Emoji or symbols in the title",
      detail: `${quote(symbols)} in the title: search engines and job boards show a plain job title, and screen readers read each symbol out.`,
      field: "title",
    });
  }
  if (capitals.length > 0) {
    warnings.push({
      id: "content:title-capitals",
      kind: "content",
      title: "Capitals in the title",
      detail: `${quote(capitals)} reads as shouting; write ${quote(capitals.map(calmCapitals))}.`,
      field: "title",
    });
  }
  return warnings;
}

function linksWarning(job: CheckedJob, ownOrigin: string): PostingWarning | undefined {
  const links = findApplicationLinks(job.descriptionMd, { ownOrigin });
  if (links.length === 0) return undefined;
  return {
    id: "content:application-links",
    kind: "content",
    title: "Links to another site's application page",
    detail: `${links.map((link) => `“${link.text}” (${link.host})`).join(", ")}: an application made there never reaches you. Candidates apply with the posting's own Apply button; remove the link.`,
    field: "descriptionMd",
  };
}

/** Words of the description as candidates read it; each Chinese or Japanese character counts as one. */
function wordCount(markdown: string): number {
  return markdownToText(markdown).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

function shortDescriptionWarning(job: CheckedJob): PostingWarning | undefined {
  if (!job.descriptionMd.trim()) return undefined; // "No description" says it already
  const words = wordCount(job.descriptionMd);
  if (words >= MIN_DESCRIPTION_WORDS) return undefined;
  return {
    id: "content:description-short",
    kind: "content",
    title: "The description is short",
    detail: `It has ${plural(words, "word", "words")}. Say what the job is, what the person will do and what they need: Google shows postings with a complete description, and candidates apply to those.`,
    field: "descriptionMd",
  };
}

export function reviewPosting(job: CheckedJob, { ownOrigin }: { ownOrigin: string }): PostingReview {
  const law = payLawWarning(job);
  // The legal warning says all the "no pay range" one would, and more.
  const search = searchEngineWarnings(job).filter((warning) => !(law && warning.id === "search:baseSalary"));
  const warnings = [
    law,
    ...search,
    ...titleWarnings(job),
    linksWarning(job, ownOrigin),
    misEncodedWarning(job),
    shortDescriptionWarning(job),
  ].filter((warning): warning is PostingWarning => warning !== undefined);
  return { warnings, searchView: searchEngineView(job) };
}

/** The warnings the recruiter has not confirmed: publishing waits while there are any. */
export function unconfirmedWarnings(warnings: PostingWarning[], confirmed: readonly string[]): PostingWarning[] {
  const ids = new Set(confirmed);
  return warnings.filter((warning) => !ids.has(warning.id));
}
