import { z } from "zod";
import { applicationStatuses, employmentTypes, fileKinds, jobStatuses, stageKinds, workplaceTypes } from "@/lib/enums";
import { decodeCursor } from "@/lib/api/problem";
import { MAX_MENTIONS, NOTE_MAX_LENGTH } from "@/lib/validation/notes";

// The REST API's shapes (/api/v1): what the routes parse and answer, and what openapi.json describes,
// from the same schemas. `.meta({ id })` names a schema as a component of the document.

/** The largest JSON body any route accepts; checked before the body is read. */
export const API_MAX_BODY_BYTES = 32 * 1024;

export const idParams = z.object({ id: z.uuid().meta({ description: "The resource's id" }) });

export const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "Rows per page (1–100)" }),
  cursor: z
    .string()
    .max(200)
    .refine((cursor) => decodeCursor(cursor) !== null, "Not a cursor from this API.")
    .optional()
    .meta({ description: "The `nextCursor` of the previous page" }),
  updated_after: z.iso.datetime({ offset: true }).optional().meta({ description: "Only rows changed after this time (ISO 8601)" }),
});
export type ListQuery = z.output<typeof listQuery>;

export const applicationListQuery = listQuery.extend({ job_id: z.uuid().optional().meta({ description: "Only this job's applications" }) });

const timestamp = z.iso.datetime();

export const stageSchema = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(stageKinds), position: z.number().int() }).meta({ id: "Stage" });

export const jobSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    department: z.string().nullable(),
    location: z.string().nullable(),
    status: z.enum(jobStatuses),
    workplaceType: z.enum(workplaceTypes),
    employmentType: z.enum(employmentTypes),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Job" });

export const jobWithStagesSchema = jobSchema.extend({ stages: z.array(stageSchema) }).meta({ id: "JobWithStages" });

export const candidateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    location: z.string().nullable(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Candidate" });

export const applicationSchema = z
  .object({
    id: z.uuid(),
    jobId: z.uuid(),
    candidateId: z.uuid(),
    stageId: z.uuid(),
    status: z.enum(applicationStatuses),
    version: z.number().int().meta({ description: "Send it back with a change: a change made since answers 409" }),
    rejectionReason: z.string().nullable(),
    source: z.string().nullable(),
    stageEnteredAt: timestamp,
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Application" });

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(fileKinds),
    name: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    createdAt: timestamp,
    downloadUrl: z.string().meta({ description: "GET it with the same key for the file's bytes" }),
  })
  .meta({ id: "Attachment" });

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last" }) }).meta({ id });

const version = z.number().int().min(1).meta({ description: "The application's version as last read" });

export const moveApplicationBody = z.strictObject({ stageId: z.uuid(), version }).meta({ id: "MoveApplication" });

export const rejectApplicationBody = z
  .strictObject({
    reason: z.string().trim().min(1).max(200).meta({ description: "One of the organisation's rejection reasons" }),
    note: z.string().trim().max(2000).optional(),
    sendEmail: z.boolean().default(false).meta({ description: "Queue the organisation's rejection email to the candidate" }),
    version,
  })
  .meta({ id: "RejectApplication" });

export const noteBody = z
  .strictObject({
    body: z.string().trim().min(1).max(NOTE_MAX_LENGTH),
    mentions: z.array(z.uuid()).max(MAX_MENTIONS).default([]).meta({ description: "User ids of members to notify" }),
  })
  .meta({ id: "NewNote" });

export const noteCreatedSchema = z.object({ id: z.uuid() }).meta({ id: "NoteCreated" });

/** RFC 9457 problem details: every error of the API. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ pointer: z.string(), detail: z.string() })).optional(),
  })
  .meta({ id: "Problem" });
export type Problem = z.output<typeof problemSchema>;
