import "server-only";
import { MAX_FILE_BYTES } from "@/lib/validation/application";

/**
 * What one form post may hold. A real application has well under 200 fields (questions, multi-select
 * answers, tracking fields) and a handful of files; the caps leave room for long forms and stop a body
 * of 20,000 fields before it costs the server anything.
 */
export const FORM_LIMITS = {
  fields: 500,
  files: 20,
  /** Per file, as the form says ("up to 10 MB"). */
  fileBytes: MAX_FILE_BYTES,
  /** The whole body: a resume and a cover letter of 10 MB each plus file answers; next.config.ts's serverActions.bodySizeLimit. */
  bodyBytes: 32 * 1024 * 1024,
  /** One text field: the longest one the form has (a 20,000-character cover letter) in UTF-8, with room. */
  fieldBytes: 256 * 1024,
} as const;

export type FormLimits = { [K in keyof typeof FORM_LIMITS]: number };

/**
 * What a form posted to any other page may hold (proxy.ts): Next parses every form post to a page as a
 * possible server action, at about 10 µs a field. Far more fields than a dashboard form sends, and sizes
 * up to Next's own limit on the body (a pasted posting is a million characters).
 */
export const PAGE_FORM_LIMITS: FormLimits = {
  fields: 1_000,
  files: FORM_LIMITS.files,
  fileBytes: FORM_LIMITS.bodyBytes,
  bodyBytes: FORM_LIMITS.bodyBytes,
  fieldBytes: FORM_LIMITS.bodyBytes,
};
export const PAGE_FORM_REFUSED_MESSAGE = `Candor does not accept a form with more than ${PAGE_FORM_LIMITS.fields.toLocaleString("en")} fields or 32 MB.`;

export const TOO_MANY_FIELDS_MESSAGE = `This form has more than ${FORM_LIMITS.fields} fields or ${FORM_LIMITS.files} files, more than any application has. Reload the page and send it again.`;
export const BODY_TOO_LARGE_MESSAGE = "Your application is larger than 32 MB in all. Attach files of at most 10 MB each and send it again.";
export const FIELD_TOO_LONG_MESSAGE = "One of your answers is far longer than any field allows. Shorten it and send the form again.";
export const UPLOADS_BUSY_MESSAGE = "Too many uploads are arriving at once. Wait a moment and send the form again.";
export const FORM_UNREADABLE_MESSAGE = "The form could not be read. Please submit it again.";

/** Why a form is refused before it is read in full: the HTTP status a route answers with, and what the sender reads. */
export const FORM_REFUSALS = {
  unreadable: { status: 400, message: FORM_UNREADABLE_MESSAGE },
  "too-large": { status: 413, message: BODY_TOO_LARGE_MESSAGE },
  "too-many-fields": { status: 413, message: TOO_MANY_FIELDS_MESSAGE },
  "field-too-long": { status: 413, message: FIELD_TOO_LONG_MESSAGE },
  "file-too-large": { status: 413, message: "A file you attached is larger than 10 MB. Upload a smaller file." },
  busy: { status: 503, message: UPLOADS_BUSY_MESSAGE },
} as const;
export type FormRefusalReason = keyof typeof FORM_REFUSALS;

export function isFormRefusalReason(value: unknown): value is FormRefusalReason {
  return typeof value === "string" && Object.hasOwn(FORM_REFUSALS, value);
}

/** A form refused before it was read in full. */
export class FormRefused extends Error {
  override name = "FormRefused";
  readonly status: 400 | 413 | 503;
  constructor(
    readonly reason: FormRefusalReason,
    /** The field the refusal is about, for a form to show it in place. */
    readonly field?: string,
    message: string = FORM_REFUSALS[reason].message,
  ) {
    super(message);
    this.status = FORM_REFUSALS[reason].status;
  }
}

/**
 * Builds the plain object a schema parses from form entries, one at a time, in linear time: repeated
 * keys (multi-select answers) become arrays. Throws FormRefused past the limits' field and file counts.
 */
export class FormFields {
  readonly values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  private fields = 0;
  private files = 0;

  constructor(private readonly limits: Pick<FormLimits, "fields" | "files"> = FORM_LIMITS) {}

  add(key: string, value: FormDataEntryValue) {
    if (typeof value === "string") this.fields++;
    else this.files++;
    if (this.fields > this.limits.fields || this.files > this.limits.files) throw new FormRefused("too-many-fields");
    const previous = this.values[key];
    if (previous === undefined) this.values[key] = value;
    else if (Array.isArray(previous)) previous.push(value);
    else this.values[key] = [previous, value];
  }
}

/** FormData as a plain object: repeated keys (multi-select answers) become arrays. Throws FormRefused past FORM_LIMITS. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const fields = new FormFields();
  for (const [key, value] of formData) fields.add(key, value);
  return { ...fields.values };
}
