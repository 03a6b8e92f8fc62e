import { fieldErrorsOf } from "@/lib/errors";
import { ACCEPTED_FILE_TYPES, applicationSchema, fileTooLargeMessage, fileTypeMessage, MAX_FILE_BYTES, questionField, type FormQuestion } from "./application";

/**
 * What the apply form's script may check before sending (public/js/apply-form.js), as an early hint only:
 * the server parses everything again and its verdict is the one that counts. The messages are the
 * server's own: the required ones are what the schema says about an empty form, the rest come from the
 * functions the schema and the file check use, so both paths say the same words.
 */
export type FieldHint = {
  /** The message for a field left empty (a box left unticked, no file chosen). */
  required?: string;
  /** The message for a text that is not an email address at all. */
  email?: string;
  /** A file field's limits: MAX_FILE_BYTES, ACCEPTED_FILE_TYPES' extensions, and what to say past them. */
  file?: { maxBytes: number; accept: string; tooLarge: string; wrongType: string };
};

/** The hints for each field of the form with these questions, by the field's form name ("answers.q_<id>"). */
export function applicationHints(questions: FormQuestion[]): Record<string, FieldHint> {
  const schema = applicationSchema(questions);
  const hints: Record<string, FieldHint> = {};
  const parsed = schema.safeParse({ answers: {} });
  const empty = parsed.success ? {} : fieldErrorsOf(parsed.error);
  for (const [field, messages] of Object.entries(empty)) {
    // The form renders its own key; nobody types it.
    if (field !== "idempotencyKey" && messages[0]) hints[field] = { required: messages[0] };
  }
  const email = schema.shape.email.safeParse("not an address");
  if (!email.success) hints.email = { ...hints.email, email: email.error.issues[0]?.message };

  // The labels are those of the schema (too large) and of the server's file check (wrong type).
  const files: [string, string, string][] = [
    ["resume", "Resume", "Resume"],
    ["coverLetterFile", "Cover letter", "Cover letter"],
    ...questions.filter((q) => q.type === "file").map((q): [string, string, string] => [`answers.${questionField(q.id)}`, q.label, "This file"]),
  ];
  for (const [field, label, typeLabel] of files) {
    hints[field] = {
      ...hints[field],
      file: { maxBytes: MAX_FILE_BYTES, accept: ACCEPTED_FILE_TYPES, tooLarge: fileTooLargeMessage(label), wrongType: fileTypeMessage(typeLabel) },
    };
  }
  return hints;
}
