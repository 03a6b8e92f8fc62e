import { z } from "zod";
import type { PublicQuestion } from "@/lib/careers/public-types";
import type { PayPeriod, QuestionType } from "@/lib/enums";
import { employmentTypeLabels, formatPayRange, workplaceTypeLabels } from "@/lib/jobs/format";
import { type BoardContext, type BoardJob, escapeHtml, locationName, postingUrl } from "./board";

// The shapes of Greenhouse's Job Board API (boards-api.greenhouse.io/v1/boards/{token}/jobs), so a
// widget written for Greenhouse only needs its base URL changed. Field names are Greenhouse's.

export type GreenhouseMetadata = { id: number; name: string; value: string; value_type: "single_select" };
export type GreenhouseDepartment = { id: number; name: string; child_ids: number[]; parent_id: number | null };
export type GreenhouseOffice = GreenhouseDepartment & { location: string };

export type GreenhouseJob = {
  id: number;
  internal_job_id: number;
  title: string;
  updated_at: string;
  requisition_id: string | null;
  location: { name: string };
  absolute_url: string;
  metadata: GreenhouseMetadata[] | null;
  first_published: string;
  language: "en";
  company_name: string;
  content?: string;
  departments?: GreenhouseDepartment[];
  offices?: GreenhouseOffice[];
};

export type GreenhouseFieldType =
  | "input_text"
  | "input_file"
  | "textarea"
  | "multi_value_single_select"
  | "multi_value_multi_select";

export type GreenhouseField = { name: string; type: GreenhouseFieldType; values: { label: string; value: string | number }[] };
export type GreenhouseQuestion = { label: string; required: boolean; description: string | null; fields: GreenhouseField[] };

export type PayInputRange = {
  min_cents: number | null;
  max_cents: number | null;
  currency_type: string;
  title: string;
  blurb: string;
};

/** Query flags are "true" or absent in Greenhouse's documentation; anything else reads as false, never as an error. */
const flag = z
  .string()
  .optional()
  .transform((value) => ["true", "1"].includes(value?.trim().toLowerCase() ?? ""));

/** Greenhouse's error body: `{ "status": 404, "error": "Job not found" }`. */
export const greenhouseError = (status: number, error: string) => ({ status, error });

export const greenhouseListQuery = z.object({ content: flag });
export const greenhouseJobQuery = z.object({ questions: flag, pay_transparency: flag });

/** Greenhouse's timestamps carry an offset and no fractions: 2024-05-14T06:37:24+00:00. */
export function greenhouseTimestamp(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, "+00:00");
}

/**
 * Greenhouse gives departments and offices numeric ids; ours are free text on the job. A hash of the
 * name (FNV-1a, 31 bits so it fits a signed int) keeps the id stable for as long as the name is.
 */
export function stableNumericId(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name.trim().toLowerCase()) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x7fffffff || 1;
}

export function toGreenhouseJob(job: BoardJob, board: BoardContext, options: { content: boolean }): GreenhouseJob {
  const location = locationName(job);
  const summary: GreenhouseJob = {
    id: job.publicId,
    internal_job_id: job.publicId,
    title: job.title,
    updated_at: greenhouseTimestamp(job.updatedAt),
    requisition_id: null,
    location: { name: location },
    absolute_url: postingUrl(board.appUrl, board.organization.slug, job.slug),
    metadata: [
      { id: 1, name: "Employment Type", value: employmentTypeLabels[job.employmentType], value_type: "single_select" },
      { id: 2, name: "Workplace Type", value: workplaceTypeLabels[job.workplaceType], value_type: "single_select" },
    ],
    first_published: greenhouseTimestamp(job.publishedAt ?? job.createdAt),
    language: "en",
    company_name: board.organization.name,
  };
  if (!options.content) return summary;
  return {
    ...summary,
    // Greenhouse sends the description as HTML escaped once more (`&lt;p&gt;`); widgets unescape it.
    content: escapeHtml(job.descriptionHtml),
    departments: job.department
      ? [{ id: stableNumericId(job.department), name: job.department, child_ids: [], parent_id: null }]
      : [],
    offices: location ? [{ id: stableNumericId(location), name: location, location, child_ids: [], parent_id: null }] : [],
  };
}

/** One job as the single-job endpoint answers: always with content, questions and pay ranges when asked for. */
export function toGreenhouseJobDetail(
  job: BoardJob,
  board: BoardContext,
  extras: { questions?: PublicQuestion[]; payTransparency: boolean },
): GreenhouseJob & { questions?: GreenhouseQuestion[]; pay_input_ranges?: PayInputRange[] } {
  return {
    ...toGreenhouseJob(job, board, { content: true }),
    ...(extras.questions && { questions: toGreenhouseQuestions(extras.questions) }),
    ...(extras.payTransparency && { pay_input_ranges: toPayInputRanges(job) }),
  };
}

const payTitles: Record<PayPeriod, string> = {
  hour: "Hourly pay",
  day: "Daily pay",
  week: "Weekly pay",
  month: "Monthly salary",
  year: "Annual salary",
};

const toCents = (amount: number | null) => (amount === null ? null : Math.round(amount * 100));

/** Greenhouse's pay transparency ranges, in cents; the period, which Greenhouse has no field for, is in the title. */
export function toPayInputRanges(job: Pick<BoardJob, "payMin" | "payMax" | "payCurrency" | "payPeriod">): PayInputRange[] {
  const blurb = formatPayRange(job);
  if (blurb === null) return [];
  return [
    {
      min_cents: toCents(job.payMin),
      max_cents: toCents(job.payMax),
      currency_type: job.payCurrency ?? "USD",
      title: job.payPeriod ? payTitles[job.payPeriod] : "Pay range",
      blurb,
    },
  ];
}

const single = (label: string, name: string, type: GreenhouseFieldType, required: boolean): GreenhouseQuestion => ({
  label,
  required,
  description: null,
  fields: [{ name, type, values: [] }],
});

const withTextAlternative = (label: string, name: string, required: boolean): GreenhouseQuestion => ({
  label,
  required,
  description: null,
  fields: [
    { name, type: "input_file", values: [] },
    { name: `${name}_text`, type: "textarea", values: [] },
  ],
});

/** What every application asks, before the job's own questions, in Greenhouse's names. */
export const standardQuestions: readonly GreenhouseQuestion[] = [
  single("First Name", "first_name", "input_text", true),
  single("Last Name", "last_name", "input_text", true),
  single("Email", "email", "input_text", true),
  single("Phone", "phone", "input_text", false),
  withTextAlternative("Resume/CV", "resume", true),
  withTextAlternative("Cover Letter", "cover_letter", false),
];

const fieldTypes: Record<QuestionType, GreenhouseFieldType> = {
  short_text: "input_text",
  long_text: "textarea",
  file: "input_file",
  single_select: "multi_value_single_select",
  yes_no: "multi_value_single_select",
  multi_select: "multi_value_multi_select",
};

function fieldValues(question: PublicQuestion): GreenhouseField["values"] {
  if (question.type === "yes_no") {
    return [
      { label: "Yes", value: 1 },
      { label: "No", value: 0 },
    ];
  }
  if (question.type === "single_select" || question.type === "multi_select") {
    // The option text is the value an application sends back, so renumbering options never changes answers.
    return question.options.map((option) => ({ label: option, value: option }));
  }
  return [];
}

export function toGreenhouseQuestions(questions: PublicQuestion[]): GreenhouseQuestion[] {
  return [
    ...standardQuestions,
    ...questions.map((question) => ({
      label: question.label,
      required: question.required,
      // Greenhouse's description is HTML; ours is plain text, so it is escaped to read the same either way.
      description: question.helpText ? escapeHtml(question.helpText) : null,
      fields: [{ name: `question_${question.id}`, type: fieldTypes[question.type], values: fieldValues(question) }],
    })),
  ];
}
