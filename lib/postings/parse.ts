import { slugify } from "@/lib/jobs/slug";
import { cleanMarkdown } from "./clean";
import { normalizeNewlines } from "./decode";
import { findFacts } from "./facts";
import { frontMatterFields, readFrontMatter, type FrontMatter } from "./front-matter";
import { htmlToMarkdown } from "./html";
import { repairText } from "./mojibake";
import { plainTextToMarkdown, unwrapLines } from "./plain-text";
import { titleFromFileName, titleFromHeadings, titleFromText, type FoundTitle } from "./title";
import type { ParsedPosting, PostingFormat } from "./types";

export type PostingText = {
  /** The text itself: Markdown, plain text, HTML (a page, a fragment, or a Word file read as HTML), or a PDF's text. */
  text: string;
  format: PostingFormat;
  fileName?: string;
  encoding?: string;
};

export const UNTITLED = "Untitled posting";

function withoutLine(text: string, line: string | undefined): string {
  if (!line) return text;
  const at = text.indexOf(line);
  return at < 0 ? text : (text.slice(0, at) + text.slice(at + line.length)).replace(/^\s*\n/, "");
}

function chooseTitle(front: FrontMatter, body: string, asMarkdown: boolean, documentTitle: string | undefined, fileName: string | undefined): FoundTitle {
  if (front.title) {
    // A first heading that repeats the front matter's title would show the title twice.
    const heading = asMarkdown ? titleFromHeadings(body) : undefined;
    const repeated = heading && heading.title.toLowerCase() === front.title.toLowerCase() ? heading.line : undefined;
    return { title: front.title, source: "front_matter", line: repeated };
  }
  const found = (asMarkdown ? titleFromHeadings(body) : undefined) ?? titleFromText(body);
  if (found) return found;
  if (documentTitle) return { title: documentTitle, source: "text" };
  const fromName = titleFromFileName(fileName);
  return fromName ? { title: fromName, source: "file_name" } : { title: UNTITLED, source: "default" };
}

/**
 * Reads a posting's text into a draft job: repaired, cleaned, structured, titled, and with the facts its
 * text states proposed for review. Never refuses for want of a title. Throws AppError (field `file`) only
 * for front matter that is meant as YAML but can't be read.
 */
export function parsePosting({ text: raw, format, fileName, encoding }: PostingText): ParsedPosting {
  const repaired = repairText(normalizeNewlines(raw).replace(/^\uFEFF/, ""));
  let front: FrontMatter = { facts: {} };
  let body = repaired.text;
  let documentTitle: string | undefined;
  if (format === "markdown") {
    const { data, body: rest } = readFrontMatter(body);
    front = frontMatterFields(data);
    body = rest;
  } else if (format === "html" || format === "docx") {
    ({ markdown: body, documentTitle } = htmlToMarkdown(body));
  } else if (format === "pdf") {
    body = unwrapLines(body);
  }
  const asMarkdown = format !== "text" && format !== "pdf";
  const cleaned = cleanMarkdown(body);
  const title = chooseTitle(front, cleaned.markdown, asMarkdown, documentTitle, fileName);
  let description = withoutLine(cleaned.markdown, title.line);
  if (!asMarkdown) description = plainTextToMarkdown(description);
  const { facts, found } = findFacts(body, title.title, front.facts);
  return {
    title: title.title.slice(0, 200),
    slug: slugify(front.slug ?? "") || slugify(title.title) || "posting",
    ...front.facts,
    ...facts,
    descriptionMd: description.trim(),
    review: {
      format,
      ...(encoding && { encoding }),
      titleGuessed: title.source !== "front_matter" && title.source !== "heading",
      repairedCharacters: repaired.repaired,
      removedCharacters: repaired.removed,
      removedCallsToAction: cleaned.removedCallsToAction,
      removedComponents: cleaned.removedComponents,
      found,
    },
  };
}
