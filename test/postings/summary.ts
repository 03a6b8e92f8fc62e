import { renderMarkdown } from "@/lib/markdown";
import type { ParsedPosting } from "@/lib/postings";

/** What a corpus posting's `.expected.json` holds: the parts of an import a recruiter would check. */
export type PostingSummary = {
  format: string;
  encoding?: string;
  title: string;
  titleGuessed: boolean;
  slug: string;
  facts: Record<string, string | number>;
  /** Fields proposed from the text (marked "found in the text, check it"). */
  found: string[];
  /** The headings and list items candidates see on the posting page, in order. */
  headings: string[];
  listItems: string[];
  repairedCharacters: number;
  removedCharacters: number;
  removedCallsToAction: string[];
  removedComponents: string[];
};

const FACTS = ["department", "location", "workplaceType", "employmentType", "payMin", "payMax", "payCurrency", "payPeriod"] as const;

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();

export function summarize(posting: ParsedPosting): PostingSummary {
  const html = renderMarkdown(posting.descriptionMd);
  const facts: Record<string, string | number> = {};
  for (const key of FACTS) if (posting[key] !== undefined) facts[key] = posting[key];
  return {
    format: posting.review.format,
    ...(posting.review.encoding && { encoding: posting.review.encoding }),
    title: posting.title,
    titleGuessed: posting.review.titleGuessed,
    slug: posting.slug,
    facts,
    found: Object.keys(posting.review.found).sort(),
    headings: [...html.matchAll(/<h[2-6][^>]*>([\s\S]*?)<\/h[2-6]>/g)].map((match) => textOf(match[1]!)),
    listItems: [...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => textOf(match[1]!)),
    repairedCharacters: posting.review.repairedCharacters,
    removedCharacters: posting.review.removedCharacters,
    removedCallsToAction: posting.review.removedCallsToAction,
    removedComponents: posting.review.removedComponents,
  };
}
