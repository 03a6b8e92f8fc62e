import { z } from "zod";

export const NOTE_MAX_LENGTH = 5000;
export const MAX_MENTIONS = 20;

/** One value or several (repeated checkboxes in FormData) as an array. */
const idList = z.preprocess(
  (value) => (value === undefined || value === null || value === "" ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.uuid()).max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} people in one note.`),
);

export const noteSchema = z.object({
  candidateId: z.uuid(),
  /** Set for a note on one application (the application page); absent for a note on the candidate. */
  applicationId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid().optional()),
  body: z
    .string()
    .trim()
    .min(1, "Write a note first.")
    .max(NOTE_MAX_LENGTH, `Keep the note under ${NOTE_MAX_LENGTH.toLocaleString("en-GB")} characters.`),
  mentions: idList,
});

export type NoteInput = z.input<typeof noteSchema>;
export type NoteData = z.output<typeof noteSchema>;

export const addToJobSchema = z.object({
  candidateId: z.uuid(),
  jobId: z.uuid({ error: "Choose a job." }),
});

export const notificationIdSchema = z.object({ notificationId: z.uuid() });
export const emptySchema = z.object({});
