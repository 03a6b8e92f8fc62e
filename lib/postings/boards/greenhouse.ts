import { z } from "zod";
import type { QuestionType } from "@/lib/enums";
import type { QuestionFields } from "@/lib/validation/job";
import { markdownToText } from "@/lib/markdown";
import { htmlToMarkdown } from "../html";
import type { PostingFacts } from "../types";
import { boardQuestion, boardText, employmentFrom, payPeriodIn, wholeAmount, workplaceFrom, type BoardPosting } from "./draft";
import { listOf, type BoardList } from "./list";

// Greenhouse's public Job Board API, as its documentation describes it (developers.greenhouse.io/job-board.html):
// GET {base}/{token}/jobs?content=true → { jobs: [...], meta: { total } }, and
// GET {base}/{token}/jobs/{id}?questions=true&pay_transparency=true → one job with questions and pay ranges.
// Nothing in an answer is trusted: each job is read with the schemas below, and one that does not fit is
// reported, not imported. Fields Candor does not use are not read.

const text = z.string().max(100_000);
const optionalText = text.nullish();
const id = z.union([z.number().int().positive(), z.string().regex(/^\d{1,20}$/)]).transform(String);

const department = z.object({ id: id.nullish(), name: optionalText, parent_id: id.nullish(), child_ids: z.array(id).max(1000).nullish() });
const office = department.extend({ location: optionalText });
const metadata = z.object({ name: optionalText, value: z.unknown() });

const value = z.object({ label: z.union([text, z.number()]).transform(String), value: z.unknown() });
const field = z.object({ name: optionalText, type: z.string().max(100), values: z.array(value).max(1000).nullish() });
const question = z.object({
  label: optionalText,
  required: z.boolean().nullish(),
  description: optionalText,
  fields: z.array(field).max(100).nullish(),
});

const payRange = z.object({
  min_cents: z.number().nullish(),
  max_cents: z.number().nullish(),
  currency_type: optionalText,
  title: optionalText,
  blurb: optionalText,
});

export const greenhouseJobSchema = z.object({
  id,
  title: text,
  absolute_url: optionalText,
  location: z.object({ name: optionalText }).nullish(),
  content: optionalText,
  departments: z.array(department).max(1000).nullish(),
  offices: z.array(office).max(1000).nullish(),
  metadata: z.array(metadata).max(1000).nullish(),
});

export const greenhouseDetailSchema = greenhouseJobSchema.extend({
  questions: z.array(question).max(500).nullish(),
  pay_input_ranges: z.array(payRange).max(100).nullish(),
});

export type GreenhouseJob = z.output<typeof greenhouseJobSchema>;
export type GreenhouseDetail = z.output<typeof greenhouseDetailSchema>;

/** The board's list, each job read on its own: one that doesn't fit is skipped with the reason. */
export function readGreenhouseList(json: unknown): BoardList<GreenhouseJob> | null {
  const envelope = z.object({ jobs: z.array(z.unknown()) }).safeParse(json);
  return envelope.success ? listOf("Greenhouse", envelope.data.jobs, greenhouseJobSchema, (job) => ({ externalId: job.id, title: job.title })) : null;
}

const ENTITY = /&(lt|gt|amp|quot|apos|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * Greenhouse sends the description's HTML escaped once more (`&lt;p&gt;`). One pass undoes that and no
 * more: `&amp;amp;` becomes `&amp;`, which the HTML then reads as "&". An answer that is already HTML is
 * left alone.
 */
export function unescapeContent(content: string): string {
  if (/<[a-z!/]/i.test(content)) return content;
  return content.replace(ENTITY, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (NAMED[lower]) return NAMED[lower];
    const code = lower.startsWith("#x") ? Number.parseInt(lower.slice(2), 16) : Number.parseInt(lower.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : entity;
  });
}

const PAY_BLOCK = /<div[^>]*\bclass="[^"]*\bcontent-pay-transparency\b[^"]*"[^>]*>/i;
const DIV_TAG = /<(\/?)div\b[^>]*>/gi;

/**
 * Greenhouse puts the pay ranges into the description too, in a block of their own. When the ranges
 * themselves became the draft's pay, the block goes: the posting shows its pay once.
 */
export function withoutPayBlock(html: string): string {
  const start = PAY_BLOCK.exec(html);
  if (!start) return html;
  DIV_TAG.lastIndex = start.index;
  let depth = 0;
  for (let tag = DIV_TAG.exec(html); tag; tag = DIV_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(0, start.index) + html.slice(tag.index + tag[0].length);
  }
  return html;
}

/** HTML (a question's description) as plain text. */
function htmlToText(html: string): string {
  return markdownToText(htmlToMarkdown(html).markdown);
}

/** The departments and offices a job is listed under, without the parents of others listed ("Engineering" above "Backend"). */
function leaves<T extends { id?: string | null; name?: string | null; child_ids?: string[] | null }>(items: T[]): T[] {
  const listed = new Set(items.map((item) => item.id).filter(Boolean));
  const named = items.filter((item) => boardText(item.name, 200));
  const innermost = named.filter((item) => !(item.child_ids ?? []).some((child) => listed.has(child)));
  return innermost.length > 0 ? innermost : named;
}

function metadataValue(job: GreenhouseJob, names: RegExp): string | undefined {
  const entry = job.metadata?.find((item) => item.name && names.test(item.name));
  const found = Array.isArray(entry?.value) ? entry.value[0] : entry?.value;
  return typeof found === "string" ? found : undefined;
}

function givenFacts(job: GreenhouseDetail, notes: string[]): PostingFacts {
  const departments = leaves(job.departments ?? []);
  const department = boardText(departments[0]?.name, 100);
  if (departments.length > 1) {
    notes.push(`Greenhouse lists this job in ${departments.length} departments (${departments.map((d) => d.name).join(", ")}); Candor keeps the first.`);
  }
  const offices = leaves(job.offices ?? []);
  const location = boardText(job.location?.name, 200) ?? boardText(offices.map((o) => o.location || o.name).join(" / "), 200);
  const workplaceType = workplaceFrom(metadataValue(job, /workplace|remote|location type|work (?:model|arrangement)/i));
  return {
    department,
    location,
    workplaceType,
    employmentType: employmentFrom(metadataValue(job, /employment|job type|commitment|contract type/i)),
    ...payFacts(job.pay_input_ranges ?? [], notes),
  };
}

function payFacts(ranges: NonNullable<GreenhouseDetail["pay_input_ranges"]>, notes: string[]): PostingFacts {
  const usable = ranges.filter((range) => range.min_cents != null || range.max_cents != null);
  const [range] = usable;
  if (!range) return {};
  if (usable.length > 1) {
    notes.push(`Greenhouse gives ${usable.length} pay ranges (${usable.map((r) => r.title || r.blurb || "untitled").join(", ")}); Candor keeps the first.`);
  }
  const currency = range.currency_type?.trim().toUpperCase();
  const amount = (cents: number | null | undefined) => wholeAmount(cents == null ? undefined : cents / 100);
  return {
    payMin: amount(range.min_cents),
    payMax: amount(range.max_cents),
    payCurrency: currency && /^[A-Z]{3}$/.test(currency) ? currency : undefined,
    payPeriod: payPeriodIn(`${range.title ?? ""} ${range.blurb ?? ""}`),
  };
}

/** What every Candor application asks already: Greenhouse's standard fields, and its location fields. */
const STANDARD_FIELDS = new Set(["first_name", "last_name", "preferred_name", "email", "phone", "resume", "resume_text", "cover_letter", "cover_letter_text", "location", "latitude", "longitude"]);

const FIELD_TYPES: Record<string, QuestionType> = {
  input_text: "short_text",
  textarea: "long_text",
  input_file: "file",
  multi_value_single_select: "single_select",
  multi_value_multi_select: "multi_select",
};

type GreenhouseQuestion = NonNullable<GreenhouseDetail["questions"]>[number];

function questionType(question: GreenhouseQuestion): QuestionType | "hidden" | undefined {
  const types = (question.fields ?? []).map((f) => f.type);
  // A file question comes with a text box to paste into instead, as the resume does.
  if (types.includes("input_file")) return "file";
  if (types[0] === "input_hidden") return "hidden";
  return types[0] ? FIELD_TYPES[types[0]] : undefined;
}

/** The job's own questions in Candor's kinds; the standard ones are Candor's own, and an unknown kind is noted. */
function greenhouseQuestions(questions: GreenhouseQuestion[], notes: string[]): QuestionFields[] {
  const imported: QuestionFields[] = [];
  for (const question of questions) {
    const fields = question.fields ?? [];
    if (fields.length > 0 && fields.every((f) => STANDARD_FIELDS.has(f.name ?? ""))) continue;
    const label = question.label?.trim() ?? "";
    let type = questionType(question);
    if (type === "hidden") continue;
    if (!type) {
      const kind = fields[0]?.type ?? "none";
      notes.push(`The question “${label.slice(0, 80)}” was not imported: Candor has no kind of answer like Greenhouse's “${kind.slice(0, 40)}”.`);
      continue;
    }
    const options = type === "single_select" || type === "multi_select" ? (fields[0]?.values ?? []).map((v) => v.label) : [];
    const answers = options.map((option) => option.trim().toLowerCase()).sort();
    if (type === "single_select" && answers.length === 2 && answers[0] === "no" && answers[1] === "yes") type = "yes_no";
    const helpText = question.description ? htmlToText(question.description) : undefined;
    const fieldsForCandor = boardQuestion({ label, helpText, type, options, required: question.required === true }, notes);
    if (fieldsForCandor) imported.push(fieldsForCandor);
  }
  return imported;
}

/** One job for the draft: the list's entry, with the job's own answer (questions, pay ranges) over it. */
export function greenhousePosting(board: string, listed: GreenhouseJob, detail: GreenhouseDetail): BoardPosting {
  const job: GreenhouseDetail = { ...listed, ...withoutNulls(detail) };
  const notes: string[] = [];
  const given = givenFacts(job, notes);
  const questions = greenhouseQuestions(job.questions ?? [], notes);
  return {
    provider: "greenhouse",
    board,
    externalId: listed.id,
    title: job.title,
    html: given.payMin !== undefined || given.payMax !== undefined ? withoutPayBlock(unescapeContent(job.content ?? "")) : unescapeContent(job.content ?? ""),
    given,
    questions,
    url: safeUrl(job.absolute_url),
    notes,
  };
}

function withoutNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

/** A link to the posting on the service, only when it is an http(s) address. */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && value.length <= 2000 ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}
