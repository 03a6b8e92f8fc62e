import { z } from "zod";

/** Most cards one bulk action may change; the board never selects more than it shows. */
export const MAX_BULK = 200;

const applicationRef = z.object({ applicationId: z.uuid(), version: z.coerce.number().int().min(1) });

const applicationRefs = z
  .array(applicationRef)
  .min(1, "Choose at least one applicant")
  .max(MAX_BULK, `Choose at most ${MAX_BULK} applicants at a time`)
  .refine((refs) => new Set(refs.map((r) => r.applicationId)).size === refs.length, "An applicant is listed twice");

export const moveApplicationsSchema = z.object({
  jobId: z.uuid(),
  toStageId: z.uuid({ error: "Choose a stage" }),
  applications: applicationRefs,
});
export type MoveApplicationsInput = z.infer<typeof moveApplicationsSchema>;

/** Undo of a bulk move: each group of cards back to the stage it came from, at the versions the move returned. */
export const undoMoveSchema = z.object({
  jobId: z.uuid(),
  moves: z
    .array(z.object({ toStageId: z.uuid(), applications: applicationRefs }))
    .min(1)
    .max(MAX_BULK)
    .refine((moves) => applicationRefs.safeParse(moves.flatMap((move) => move.applications)).success, `Undo at most ${MAX_BULK} applicants, each once`),
});
export type UndoMoveInput = z.infer<typeof undoMoveSchema>;

export const rejectApplicationsSchema = z.object({
  jobId: z.uuid(),
  applications: applicationRefs,
  reason: z.string().trim().min(1, "Choose a reason"),
  note: z.string().trim().max(2000, "Keep the note under 2,000 characters").optional().default(""),
  sendEmail: z.boolean().default(true),
});
export type RejectApplicationsInput = z.infer<typeof rejectApplicationsSchema>;

/** The reject dialog's fields; the cards come from the board, not the form. */
export const rejectFormSchema = rejectApplicationsSchema.pick({ reason: true, note: true, sendEmail: true });

export const restoreApplicationsSchema = z.object({ jobId: z.uuid(), applications: applicationRefs });
export type RestoreApplicationsInput = z.infer<typeof restoreApplicationsSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The board's filters as they arrive in the URL; anything malformed is ignored rather than an error. */
export const boardFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  source: z.string().trim().max(200).optional().catch(undefined),
  from: isoDate,
  to: isoDate,
});

/** The board's filters from a page's search params (the board's own, or an application page opened from a filtered board). */
export function parseBoardFilters(query: Record<string, string | string[] | undefined>): z.infer<typeof boardFiltersSchema> {
  return boardFiltersSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
}

/** The filters as a query string ("?q=ada&source=LinkedIn", or "" with none), for links that keep them. */
export function boardFiltersSearch(filters: z.infer<typeof boardFiltersSchema>): string {
  const params = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
  return params.size ? `?${params}` : "";
}

export const loadStageCardsSchema = z.object({
  jobId: z.uuid(),
  stageId: z.uuid(),
  cursor: z.object({ enteredAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/), id: z.uuid() }),
  filters: boardFiltersSchema.default({}),
});
export type LoadStageCardsInput = z.infer<typeof loadStageCardsSchema>;

const reasonText = z.string().trim().min(1, "A reason cannot be empty").max(200, "Keep each reason under 200 characters");

export const rejectionSettingsSchema = z.object({
  reasons: z
    .array(z.object({ value: reasonText }))
    .min(1, "Keep at least one reason")
    .max(50, "Keep at most 50 reasons")
    .superRefine((reasons, ctx) => {
      const seen = new Set<string>();
      reasons.forEach(({ value }, index) => {
        const key = value.trim().toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "This reason is already in the list", path: [index, "value"] });
        seen.add(key);
      });
    }),
  subject: z.string().trim().min(1, "The subject cannot be empty").max(200, "Keep the subject under 200 characters"),
  body: z.string().trim().min(1, "The message cannot be empty").max(10_000, "Keep the message under 10,000 characters"),
});
export type RejectionSettingsInput = z.infer<typeof rejectionSettingsSchema>;
