import sanitizeHtml from "sanitize-html";
import { parseDocument } from "yaml";
import { AppError } from "@/lib/errors";
import { employmentTypeLabels, payPeriodLabels, workplaceTypeLabels } from "./format";
import { slugify } from "./slug";

/** Postings are text; a megabyte is far more than any real one. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

/**
 * What a Markdown posting may set, before the job schema checks it. Front matter keys accepted
 * (anything else is ignored):
 *   title, slug, department, location,
 *   workplace | workplace_type | workplaceType: on_site | hybrid | remote ("on-site", "Remote"... too),
 *   employment_type | employmentType | type: full_time | part_time | contract | temporary | internship,
 *   pay | salary: { min, max, currency, period }  (period: hour | day | week | month | year)
 *   or the flat keys pay_min, pay_max, pay_currency, pay_period (salary_min... likewise).
 * The body is the description; without a `title` key, the first `# Heading` is the title (and is
 * removed from the body, since the posting page shows the title itself).
 */
export type ImportedPosting = {
  title: string;
  slug?: string;
  department?: string;
  location?: string;
  workplaceType?: string;
  employmentType?: string;
  payMin?: number;
  payMax?: number;
  payCurrency?: string;
  payPeriod?: string;
  descriptionMd: string;
};

const fail = (message: string): never => {
  throw new AppError("VALIDATION", message, { file: [message] });
};

// Documents that are text-like bytes but not text: a PDF, or a zip (DOCX, ODT) with no NUL in its first bytes.
const DOCUMENT_SIGNATURES = ["%PDF-", "PK\x03\x04", "{\\rtf"];
// Control characters other than tab, newline, form feed and carriage return never appear in Markdown.
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

function decodeText(bytes: Uint8Array): string {
  const start = String.fromCharCode(...bytes.subarray(0, 8));
  if (bytes.includes(0) || DOCUMENT_SIGNATURES.some((signature) => start.startsWith(signature))) {
    fail("That file is not a text file. Upload a Markdown (.md) file.");
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return fail("That file is not a text file. Upload a Markdown (.md) file saved as UTF-8.");
  }
  if (CONTROL.test(text)) fail("That file is not a text file. Upload a Markdown (.md) file.");
  return text;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

function readFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) fail("The front matter at the top of the file is never closed with a line of three dashes (---).");
    return { data: {}, body: text };
  }
  const document = parseDocument(match[1] ?? "", { prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) {
    const line = document.errors[0]?.linePos?.[0]?.line;
    fail(`The front matter is not valid YAML${line ? ` (line ${line + 1} of the file)` : ""}. Fix it and upload the file again.`);
  }
  const data: unknown = document.toJS({ maxAliasCount: 10 });
  if (data !== null && data !== undefined && (typeof data !== "object" || Array.isArray(data))) {
    fail("The front matter must be a list of keys and values, like `title: Senior Engineer`.");
  }
  return { data: (data ?? {}) as Record<string, unknown>, body: text.slice(match[0].length) };
}

const str = (value: unknown): string | undefined => {
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
};

const num = (value: unknown): number | undefined => {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && /^\s*[\d,_ ]+(\.\d+)?\s*$/.test(value)) return Number(value.replace(/[,_ ]/g, ""));
  return undefined;
};

/** "Full-time", "full time" and "FULL_TIME" all mean full_time; unknown values are left to the form. */
function oneOf(value: unknown, labels: Record<string, string>): string | undefined {
  const text = str(value);
  if (!text) return undefined;
  const key = text.toLowerCase().replace(/[\s-]+/g, "_");
  if (key in labels) return key;
  return Object.entries(labels).find(([, label]) => label.toLowerCase() === text.toLowerCase())?.[0];
}

function pick(data: Record<string, unknown>, ...keys: string[]): unknown {
  for (const key of keys) if (data[key] !== undefined && data[key] !== null) return data[key];
  return undefined;
}

function payOf(data: Record<string, unknown>) {
  const nested = pick(data, "pay", "salary", "compensation");
  const pay = nested && typeof nested === "object" && !Array.isArray(nested) ? (nested as Record<string, unknown>) : {};
  const flat = (name: string) => pick(data, `pay_${name}`, `salary_${name}`, `pay${name[0]!.toUpperCase()}${name.slice(1)}`);
  const period = oneOf(pick(pay, "period", "per", "interval") ?? flat("period"), payPeriodLabels);
  return {
    payMin: num(pick(pay, "min", "minimum", "from") ?? flat("min")),
    payMax: num(pick(pay, "max", "maximum", "to") ?? flat("max")),
    payCurrency: str(pick(pay, "currency") ?? flat("currency"))?.toUpperCase(),
    payPeriod: period,
  };
}

/**
 * Removes raw HTML (script and style with their content, any other tag keeping its text) and MDX
 * import/export lines from Markdown. Code blocks are left alone: there `<b>` is text to show.
 * The rendering sanitiser would drop these anyway; this keeps them out of the stored description too.
 */
export function stripHtmlFromMarkdown(markdown: string): string {
  const parts = markdown.split(/(^(?:```|~~~)[^\n]*\n[\s\S]*?^(?:```|~~~)[ \t]*$)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part; // a fenced code block
      const withoutMdx = part.replace(/^(?:import|export)\s.*$/gm, "");
      return sanitizeHtml(withoutMdx, {
        allowedTags: [],
        allowedAttributes: {},
        nonTextTags: ["script", "style", "textarea", "noscript", "iframe", "template"],
        // Leave Markdown's own characters (>, &) as typed instead of turning them into entities.
        parser: { decodeEntities: false },
      })
        // The sanitiser escapes the text it keeps; Markdown wants it as typed (> quotes, & in links).
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, "&");
    })
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Reads an uploaded Markdown posting. Throws AppError (field `file`) with a message the user can act on. */
export function parseMarkdownPosting(bytes: Uint8Array): ImportedPosting {
  if (bytes.byteLength === 0) fail("That file is empty. Choose a Markdown file with the posting.");
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    fail(`That file is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; a posting may be at most 1 MB.`);
  }
  const { data, body } = readFrontMatter(decodeText(bytes));
  let description = stripHtmlFromMarkdown(body);
  let title = str(data.title);
  if (!title) {
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(description);
    if (heading) {
      title = stripHtmlFromMarkdown(heading[1] ?? "").trim() || undefined;
      description = description.replace(heading[0], "").trim();
    }
  }
  if (!title) fail("The posting has no title. Add `title:` to the front matter or start the file with a `# Heading`.");
  const slug = str(data.slug);
  return {
    title: title!.slice(0, 200),
    slug: slug ? slugify(slug) || undefined : undefined,
    department: str(data.department)?.slice(0, 100),
    location: str(data.location)?.slice(0, 200),
    workplaceType: oneOf(pick(data, "workplace", "workplace_type", "workplaceType", "remote_policy"), workplaceTypeLabels),
    employmentType: oneOf(pick(data, "employment_type", "employmentType", "employment", "type"), employmentTypeLabels),
    ...payOf(data),
    descriptionMd: description,
  };
}
