import type { EmploymentType, JobBoardProvider, PayPeriod, WorkplaceType } from "@/lib/enums";
import { slugify } from "@/lib/jobs/slug";
import { jobFieldProblems, jobFieldsSchema, questionFieldsSchema, type JobFields, type QuestionFields } from "@/lib/validation/job";
import { cleanMarkdown } from "../clean";
import { findFacts } from "../facts";
import { employmentIn } from "../facts/employment";
import { workplaceIn } from "../facts/workplace";
import { htmlToMarkdown } from "../html";
import { repairText } from "../mojibake";
import type { ImportReview, PostingFacts } from "../types";

// What the Greenhouse and Lever readers share: one job of another service's board, as that service
// describes it, made into the fields of a Candor draft the same way an imported HTML file is.

/** One posting as a board describes it, once its own shape is read (greenhouse.ts, lever.ts). */
export type BoardPosting = {
  provider: JobBoardProvider;
  board: string;
  /** The service's id for the posting: what a later import of the same board recognises it by. */
  externalId: string;
  title: string;
  /** The description as HTML. */
  html: string;
  /** Fields the board states in its own structure; the text is only searched for the rest. */
  given: PostingFacts;
  questions: QuestionFields[];
  /** Its page on the service, for the draft to link to. */
  url?: string;
  /** What could not be brought over as it was, to show on the draft. */
  notes: string[];
};

export type BoardDraft = { externalId: string; fields: JobFields; questions: QuestionFields[]; review: ImportReview };
export type SkippedPosting = { externalId: string; title: string; reason: string };
export type DraftResult = { ok: true; draft: BoardDraft } | { ok: false; skipped: SkippedPosting };

/** A posting's draft, or why it cannot be one (a description over the limit); never half of one. */
export function boardDraft(posting: BoardPosting): DraftResult {
  const given = { ...definedOnly(posting.given) };
  // Boards (Candor's own among them) call a remote job without a place "Remote"; Candor says so by itself.
  if (given.location && /^remote$/i.test(given.location)) {
    given.workplaceType ??= "remote";
    delete given.location;
  }
  const title = repairText(posting.title.replace(/\s+/g, " ").trim());
  const body = repairText(posting.html);
  const cleaned = cleanMarkdown(htmlToMarkdown(body.text).markdown);
  const { facts, found } = findFacts(cleaned.markdown, title.text, given);
  // What the board states stays as it is; the text only fills in what it leaves out.
  for (const name of ["location", "department", "employmentType", "workplaceType"] as const) {
    if (given[name] !== undefined) delete found[name];
  }
  const merged: PostingFacts = { ...facts, ...given };
  // A title without a Latin letter or digit ("バックエンドエンジニア") gives no address: the same placeholder
  // as an imported file's, numbered when taken.
  const slug = slugify(title.text) ? undefined : "posting";
  const fields = jobFieldsSchema.safeParse({ title: title.text, slug, ...merged, descriptionMd: cleaned.markdown });
  if (!fields.success) {
    return { ok: false, skipped: { externalId: posting.externalId, title: title.text || "(no title)", reason: jobFieldProblems(fields.error) } };
  }
  return {
    ok: true,
    draft: {
      externalId: posting.externalId,
      fields: fields.data,
      questions: posting.questions,
      review: {
        format: "html",
        titleGuessed: false,
        repairedCharacters: title.repaired + body.repaired,
        removedCharacters: title.removed + body.removed,
        removedCallsToAction: cleaned.removedCallsToAction,
        removedComponents: cleaned.removedComponents,
        found,
        source: { provider: posting.provider, board: posting.board, ...(posting.url && { url: posting.url }) },
        notes: posting.notes,
      },
    },
  };
}

function definedOnly(facts: PostingFacts): PostingFacts {
  return Object.fromEntries(Object.entries(facts).filter(([, value]) => value !== undefined && value !== null && value !== "")) as PostingFacts;
}

/**
 * A question for the draft, or a note saying why it was left out: the same rules as the questions
 * editor (two options at least for a choice, lengths).
 */
export function boardQuestion(question: unknown, notes: string[]): QuestionFields | undefined {
  const parsed = questionFieldsSchema.safeParse(question);
  if (parsed.success) return parsed.data;
  const label = typeof (question as { label?: unknown }).label === "string" ? (question as { label: string }).label : "";
  notes.push(`The question “${label.slice(0, 80)}” was not imported: ${parsed.error.issues[0]?.message ?? "Candor cannot ask it."}`);
  return undefined;
}

/** A name the board gives a place or a team, tidied; undefined when blank. */
export function boardText(value: string | null | undefined, max: number): string | undefined {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text.slice(0, max) : undefined;
}

/** "Full-time", "Intern", "Contractor" as Candor's employment type. */
export function employmentFrom(label: string | null | undefined): EmploymentType | undefined {
  return label ? employmentIn(label) : undefined;
}

/** "Remote", "Hybrid", "On-site", "onsite" as Candor's workplace. */
export function workplaceFrom(label: string | null | undefined): WorkplaceType | undefined {
  if (!label) return undefined;
  return /^on-?site$/i.test(label.trim()) ? "on_site" : workplaceIn(label);
}

/** The pay period a range's name or description states: "Hourly pay", "Annual salary", "per-month-salary". */
export function payPeriodIn(text: string): PayPeriod | undefined {
  if (/\bhour(?:ly)?\b|per[- ]hour/i.test(text)) return "hour";
  if (/\bdaily\b|\bday\b|per[- ]day/i.test(text)) return "day";
  if (/\bweek(?:ly)?\b|per[- ]week/i.test(text)) return "week";
  if (/\bmonth(?:ly)?\b|per[- ]month/i.test(text)) return "month";
  if (/\bannual(?:ly)?\b|\byear(?:ly)?\b|per[- ]year|\bsalary\b|\bp\.?a\.?\b/i.test(text)) return "year";
  return undefined;
}

/** A pay amount in whole units, as Candor stores it; undefined for none or nonsense. */
export function wholeAmount(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined || !Number.isFinite(value) || value < 0) return undefined;
  return Math.round(value);
}
