/**
 * The {{merge_fields}} an email template may use, with what each becomes. Filled per recipient when the
 * message is queued; the preview fills them with the first recipient's values.
 */
export const MERGE_FIELDS = {
  candidate_first_name: "The candidate's first name",
  candidate_name: "The candidate's full name",
  job_title: "The job's title",
  organization_name: "Your organisation's name",
  status_link: "The candidate's private status page",
  recruiter_name: "Your name",
} as const;

export type MergeField = keyof typeof MERGE_FIELDS;
export type MergeValues = Record<MergeField, string>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Replaces each {{name}} that `values` knows; any other {{...}} is left as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (match, name: string) => (Object.hasOwn(values, name) ? values[name]! : match));
}

/** The {{...}} names in `text` that are not merge fields: a typo the template editor points out. */
export function unknownMergeFields(text: string): string[] {
  const names = [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
  return [...new Set(names.filter((name) => !Object.hasOwn(MERGE_FIELDS, name)))];
}

/** Whether the text asks for the status link (a fresh one is issued only then). */
export function usesStatusLink(text: string): boolean {
  return [...text.matchAll(PLACEHOLDER)].some((m) => m[1] === "status_link");
}

/** The first word of a name, for "Dear {{candidate_first_name}}"; the whole name when it has one word. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** A composed message for one recipient: the subject on one line, the body as written with its fields filled. */
export function renderCandidateEmail(template: { subject: string; body: string }, values: MergeValues) {
  return { subject: fillPlaceholders(template.subject, values).replace(/\s+/g, " ").trim(), text: fillPlaceholders(template.body, values) };
}
