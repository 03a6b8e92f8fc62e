import "server-only";
import { db } from "@/db/client";
import { findApiCandidate, listApiCandidates } from "@/db/queries/api";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { candidateSchema, idParams, listQuery, pageOf } from "@/lib/validation/api";
import { addCandidateSchema } from "@/lib/validation/candidates";
import { MAX_UPLOAD_BYTES } from "@/lib/applications/files";
import { addCandidate } from "@/server/candidates/add-candidate";
import { z } from "zod";
import { apiOperation } from "../operation";
import { NOT_FOUND } from "./jobs";
import { asJson, listPage, pageResult } from "./resources";

export const listCandidates = apiOperation({
  method: "get",
  path: "/api/v1/candidates",
  operationId: "listCandidates",
  summary: "List candidates",
  description: "Candidates of the key's organisation (not merged away or erased), oldest change first.",
  tag: "Candidates",
  scope: { resource: "candidates", access: "read" },
  query: listQuery,
  response: { status: 200, description: "A page of candidates", schema: pageOf(candidateSchema, "CandidatePage") },
  failures: [400],
  async handle({ actor, query }) {
    assertCan(actor, "jobs.read");
    const page = listPage(query);
    return pageResult(await listApiCandidates(db(), actor.organizationId, page), page.limit, asJson);
  },
});

export const getCandidate = apiOperation({
  method: "get",
  path: "/api/v1/candidates/{id}",
  operationId: "getCandidate",
  summary: "Read a candidate",
  tag: "Candidates",
  scope: { resource: "candidates", access: "read" },
  params: idParams,
  response: { status: 200, description: "The candidate", schema: candidateSchema },
  failures: [404],
  async handle({ actor, params }) {
    assertCan(actor, "jobs.read");
    const candidate = await findApiCandidate(db(), actor.organizationId, params.id);
    if (!candidate) throw new AppError("NOT_FOUND", NOT_FOUND);
    return asJson(candidate);
  },
});

const text = (description: string, maxLength: number) => ({ type: "string", maxLength, description });

export const createCandidate = apiOperation({
  method: "post",
  path: "/api/v1/candidates",
  operationId: "createCandidate",
  summary: "Create a candidate",
  description:
    "A candidate added by hand, as on the Add candidate page: contact details, links and an optional resume (typed by its bytes; its text is read for search in the background), into a job's stage, or into no job (a prospect). " +
    "An email the organisation already has creates nothing: 409, naming the candidate who has it.",
  tag: "Candidates",
  scope: { resource: "candidates", access: "write" },
  body: addCandidateSchema,
  form: {
    description: {
      type: "object",
      required: ["name", "email"],
      properties: {
        name: text("Full name", 200),
        email: { type: "string", format: "email", maxLength: 254 },
        phone: text("Phone number", 40),
        location: text("Location", 200),
        linkedin: { type: "string", format: "uri", description: "LinkedIn profile" },
        website: { type: "string", format: "uri" },
        jobId: { type: "string", format: "uuid", description: "The job to add them to; leave out for a prospect" },
        stageId: { type: "string", format: "uuid", description: "The job's stage; its first stage when left out" },
        resume: { type: "string", contentMediaType: "application/octet-stream", description: `PDF, Word, RTF or text, up to ${MAX_UPLOAD_BYTES / 1024 / 1024} MB` },
      },
    },
  },
  response: {
    status: 201,
    description: "The candidate, and their application when a job was given",
    schema: z.object({ candidateId: z.uuid(), applicationId: z.uuid().nullable() }).meta({ id: "CreatedCandidate" }),
  },
  failures: [400, 404, 409, 413, 415, 422],
  async handle({ actor, body }) {
    const result = await addCandidate(actor, body);
    if (result.outcome === "duplicate") throw new AppError("CONFLICT", `A candidate with this email is already in Candor (${result.candidateId}).`, { email: ["Already a candidate."] });
    return { candidateId: result.candidateId, applicationId: result.applicationId };
  },
});
