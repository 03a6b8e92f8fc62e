import { z } from "zod";
import type { QuestionType } from "@/lib/enums";
import { cleanReferrer, cleanTag, MAX_REFERRER_INPUT, MAX_TAG_LENGTH } from "@/lib/applications/attribution";
import { selfIdentificationQuestions, type SelfIdentificationField } from "./self-identification";

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_FILE_TYPES = ".pdf,.doc,.docx,.rtf,.txt";

/** What an applicant reads about a file over the limit: the schema's verdict, and the form's early hint. */
export const fileTooLargeMessage = (label: string) => `${label} is larger than 10 MB. Upload a smaller file.`;
/** A file whose name is not one of ACCEPTED_FILE_TYPES: the server's verdict (lib/applications/files.ts), and the form's early hint. */
export const fileTypeMessage = (label: string) => `${label} must be a PDF, Word (DOC or DOCX), RTF or TXT file.`;

/** The parts of a job question the form and the server need; the same shape on both sides. */
export type FormQuestion = { id: string; label: string; type: QuestionType; options: string[]; required: boolean };

/** The form field of a question's answer, nested under `answers` (the form names it "answers.q_<id>"). */
export const questionField = (questionId: string) => `q_${questionId}`;

const empty = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/**
 * A browser sends an empty, nameless File for an untouched file input; when React sends the form to a
 * server action itself, that arrives named "undefined" (Next's multipart parser gives it no file name). A
 * FileList (from a script) counts by its first file.
 */
function toFile(value: unknown): File | undefined {
  if (typeof FileList !== "undefined" && value instanceof FileList) value = value[0];
  if (Array.isArray(value)) value = value[0];
  if (value instanceof File && !(value.size === 0 && (value.name === "" || value.name === "undefined"))) return value;
  return undefined;
}

export const text = (label: string, max: number) =>
  z.preprocess((v) => (empty(v) ? undefined : v), z.string(`${label} must be text.`).trim().max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`).optional());

export const requiredText = (label: string, max: number, missing: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v : ""),
    z.string().trim().min(1, missing).max(max, `${label} must be at most ${max.toLocaleString("en")} characters.`),
  );

/**
 * "linkedin.com/in/jane", as people type addresses, is https://linkedin.com/in/jane. Anything that starts
 * with a scheme (letters then a colon, "javascript:") is left alone, to be refused unless it is http(s).
 */
const withScheme = (v: string) => (/^[a-z][a-z0-9+-]*:/i.test(v) || !/^[^\s/.:@]+\.[^\s/]/.test(v) ? v : `https://${v}`);

/** A link a reviewer can open: a host name with a dot, and no user name hiding the real host ("linkedin.com@evil.example"). */
const openable = (v: string) => {
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return true; // already refused as not a web address
  }
  if (!/^https?:$/.test(url.protocol)) return true; // likewise
  return url.username === "" && url.password === "" && url.hostname.includes(".");
};

export const link = (label: string) =>
  z.preprocess(
    (v) => (empty(v) ? undefined : typeof v === "string" ? withScheme(v.trim()) : v),
    z
      .url({ protocol: /^https?$/, error: `${label} must be a full web address starting with https://` })
      .refine(openable, `${label} must be a full web address starting with https://`)
      .max(500, `${label} must be at most 500 characters.`)
      .optional(),
  );

export const file = (label: string, required: boolean) => {
  const schema = z
    .instanceof(File, { error: required ? `Attach your ${label.toLowerCase()}.` : `${label} must be a file.` })
    .refine((f) => f.size > 0, `${label} is empty. Choose the file again.`)
    .refine((f) => f.size <= MAX_FILE_BYTES, fileTooLargeMessage(label));
  return z.preprocess(toFile, required ? schema : schema.optional());
};

/** An email address, trimmed; `missing` is said when it is blank. */
export const emailField = (missing: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, missing).max(320, "That email address is too long.").pipe(z.email("Enter a valid email address, like name@example.com.")),
  );

export const phoneField = z.preprocess(
  (v) => (empty(v) ? undefined : v),
  z.string().trim().max(40, "Phone number must be at most 40 characters.").regex(/^[+()\d\s./-]{5,}$/, "Enter a phone number using digits, spaces and + ( ) - only.").optional(),
);

function selfIdentification(field: SelfIdentificationField) {
  const values = selfIdentificationQuestions[field].options.map(([value]) => value) as [string, ...string[]];
  return z.preprocess((v) => (empty(v) ? undefined : v), z.enum(values, `Choose one of the listed answers for ${selfIdentificationQuestions[field].label.toLowerCase()}.`).optional());
}

function answer(question: FormQuestion) {
  const label = question.label;
  switch (question.type) {
    case "short_text":
    case "long_text": {
      const max = question.type === "short_text" ? 500 : 10_000;
      return question.required ? requiredText("This answer", max, "Answer this question.") : text("This answer", max);
    }
    case "yes_no": {
      const schema = z.enum(["yes", "no"], "Choose yes or no.");
      return z.preprocess((v) => (empty(v) ? undefined : v), question.required ? schema : schema.optional());
    }
    case "single_select": {
      const schema = z.string().refine((v) => question.options.includes(v), "Choose one of the listed options.");
      return z.preprocess((v) => (empty(v) ? undefined : v), question.required ? z.string("Choose an option.").pipe(schema) : schema.optional());
    }
    case "multi_select": {
      const schema = z
        .array(z.string().refine((v) => question.options.includes(v), "Choose only the listed options."))
        .max(question.options.length);
      return z.preprocess(
        (v) => (empty(v) || v === false ? [] : Array.isArray(v) ? v : [v]),
        question.required ? schema.min(1, "Choose at least one option.") : schema,
      );
    }
    case "file":
      return file(label, question.required);
  }
}

/**
 * Hidden fields that say where the applicant came from (lib/applications/attribution.ts): never trusted for
 * anything else, and never a reason to refuse an application. A tag is text, cleaned and cut short; a
 * referrer is an http(s) address kept as origin and path, or dropped.
 */
const tag = z.preprocess((v) => (typeof v === "string" ? (cleanTag(v) ?? undefined) : undefined), z.string().max(MAX_TAG_LENGTH).optional());
const referrer = z
  .url({ protocol: /^https?$/, hostname: z.regexes.hostname })
  .max(MAX_REFERRER_INPUT)
  .transform((url) => cleanReferrer(url) ?? undefined)
  .optional()
  .catch(undefined);

/**
 * The bot trap: a field people never see (see the apply form) and robots fill in. Its name means nothing
 * to browsers' autofill, which fills fields called "company"; should a person's extension fill it anyway,
 * this says how to get past it.
 */
export const BOT_TRAP_MESSAGE =
  "A hidden field meant to catch spam robots was filled in, probably by a form-filling extension. Turn it off for this page and send the form again.";

/**
 * The application form, for one job's questions, parsed on the server from FormData, whether the form was
 * posted without JavaScript or sent by its script. The script's early checks speak with this schema's
 * messages (./application-hints.ts), so both paths give the same ones.
 * Building one costs about a millisecond (zod compiles a new object schema on its first parse), so each
 * is kept for the next application with the same questions. The key is everything the schema reads from
 * them: an edited question gets a new schema. Past 100 sets of questions the least recently used is forgotten.
 */
export function applicationSchema(questions: FormQuestion[]): ApplicationSchema {
  const key = JSON.stringify(questions.map(({ id, label, type, options, required }) => [id, label, type, options, required]));
  const schema = schemasByQuestions.get(key) ?? buildApplicationSchema(questions);
  // Most recently used last: the first key is the one to forget.
  schemasByQuestions.delete(key);
  if (schemasByQuestions.size >= MAX_CACHED_SCHEMAS) schemasByQuestions.delete(schemasByQuestions.keys().next().value!);
  schemasByQuestions.set(key, schema);
  return schema;
}

const MAX_CACHED_SCHEMAS = 100;
type ApplicationSchema = ReturnType<typeof buildApplicationSchema>;
const schemasByQuestions = new Map<string, ApplicationSchema>();

function buildApplicationSchema(questions: FormQuestion[]) {
  return z.object({
    name: requiredText("Your name", 200, "Enter your full name."),
    email: emailField("Enter your email address."),
    phone: phoneField,
    location: text("Location", 200),
    linkedin: link("LinkedIn profile"),
    github: link("GitHub profile"),
    website: link("Website"),
    resume: file("Resume", true),
    coverLetterFile: file("Cover letter", false),
    coverLetterText: text("Cover letter", 20_000),
    answers: z.preprocess((v) => v ?? {}, z.object(Object.fromEntries(questions.map((q) => [questionField(q.id), answer(q)])))),
    consent: z.preprocess((v) => v === true || v === "on" || v === "true", z.literal(true, "Please confirm that you have read the privacy notice.")),
    /** Honeypot: hidden from people, irresistible to bots. */
    leaveEmpty: z.preprocess((v) => (typeof v === "string" ? v : ""), z.string().max(0, BOT_TRAP_MESSAGE)),
    idempotencyKey: z.uuid("This form has expired. Reload the page and submit again."),
    gender: selfIdentification("gender"),
    ethnicity: selfIdentification("ethnicity"),
    veteranStatus: selfIdentification("veteranStatus"),
    disability: selfIdentification("disability"),
    source: tag,
    utm_source: tag,
    utm_medium: tag,
    utm_campaign: tag,
    utm_term: tag,
    utm_content: tag,
    referrer,
  });
}

export type ApplicationData = z.output<ApplicationSchema>;

/** FormData keeps answers flat ("answers.q_<id>"); the schema nests them. */
export function groupAnswers(values: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (key.startsWith("answers.")) answers[key.slice("answers.".length)] = value;
    else rest[key] = value;
  }
  return { ...rest, answers };
}
