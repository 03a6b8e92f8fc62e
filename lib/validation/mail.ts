import { z } from "zod";
import { MERGE_FIELDS, unknownMergeFields } from "@/lib/mail/merge-fields";

export const MAX_BULK_RECIPIENTS = 200;
export const MAX_EMAIL_BODY = 20_000;
/** How far ahead a message may be scheduled. */
export const MAX_SCHEDULE_DAYS = 90;

const known = Object.keys(MERGE_FIELDS)
  .map((name) => `{{${name}}}`)
  .join(", ");

/** A subject or body whose {{...}} are all merge fields: a typo would otherwise reach the candidate as written. */
const withKnownFields = (schema: z.ZodString) =>
  schema.superRefine((text, ctx) => {
    const unknown = unknownMergeFields(text);
    if (unknown.length > 0) ctx.addIssue({ code: "custom", message: `Unknown merge field ${unknown.map((n) => `{{${n}}}`).join(", ")}. Use ${known}.` });
  });

const subject = withKnownFields(z.string().trim().min(1, "Write a subject.").max(200, "Keep the subject under 200 characters."));
const body = withKnownFields(
  z
    .string()
    .trim()
    .min(1, "Write the message.")
    .max(MAX_EMAIL_BODY, `Keep the message under ${MAX_EMAIL_BODY.toLocaleString("en-GB")} characters.`),
);
/** A checkbox: true from a form's "on" or "true", or a boolean sent as a value. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

export const emailTemplateSchema = z.object({
  name: z.string().trim().min(1, "Name the template.").max(100, "Keep the name under 100 characters."),
  subject,
  body,
  decision: checkbox,
});

export const updateEmailTemplateSchema = emailTemplateSchema.extend({ id: z.uuid(), version: z.coerce.number().int().min(1) });
export const deleteEmailTemplateSchema = z.object({ id: z.uuid() });

export type EmailTemplateInput = z.input<typeof emailTemplateSchema>;
export type UpdateEmailTemplateInput = z.output<typeof updateEmailTemplateSchema>;

/** A "YYYY-MM-DDTHH:mm" wall-clock time from a datetime-local field, read in the sender's time zone. */
const wallClock = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Choose a date and time.")
    .optional(),
);

export const composeEmailSchema = z
  .object({
    applicationIds: z
      .array(z.uuid())
      .min(1, "Choose at least one recipient.")
      .max(MAX_BULK_RECIPIENTS, `Email at most ${MAX_BULK_RECIPIENTS} candidates at once.`)
      .refine((ids) => new Set(ids).size === ids.length, "Each recipient once."),
    subject,
    body,
    /** About a hiring decision: also sent to candidates who asked for decisions only. */
    decision: checkbox,
    when: z.enum(["now", "later"]).default("now"),
    /** Made once per form in the browser: a second press of Send queues nothing more. */
    requestId: z.uuid(),
    sendAt: wallClock,
  })
  .superRefine((input, ctx) => {
    if (input.when === "later" && !input.sendAt) ctx.addIssue({ code: "custom", path: ["sendAt"], message: "Choose when to send it." });
  });

export type ComposeEmailInput = z.input<typeof composeEmailSchema>;
export type ComposeEmailData = z.output<typeof composeEmailSchema>;

export const cancelScheduledEmailSchema = z.object({ emailId: z.uuid(), candidateId: z.uuid() });
