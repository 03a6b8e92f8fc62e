import "server-only";
import { db } from "@/db/client";
import { findApiApplication, listApiApplications } from "@/db/queries/api";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import {
  applicationListQuery,
  applicationSchema,
  idParams,
  moveApplicationBody,
  noteBody,
  noteCreatedSchema,
  pageOf,
  rejectApplicationBody,
} from "@/lib/validation/api";
import { createNote } from "@/server/notes/create-note";
import { moveApplications } from "@/server/pipeline/move-applications";
import { rejectApplications } from "@/server/pipeline/reject-applications";
import type { ApiActor } from "@/server/api-keys/authenticate-api-key";
import { apiOperation } from "../operation";
import { NOT_FOUND } from "./jobs";
import { asJson, listPage, pageResult } from "./resources";

async function requireApplication(actor: ApiActor, applicationId: string) {
  const application = await findApiApplication(db(), actor.organizationId, applicationId);
  if (!application) throw new AppError("NOT_FOUND", NOT_FOUND);
  return application;
}

export const listApplications = apiOperation({
  method: "get",
  path: "/api/v1/applications",
  operationId: "listApplications",
  summary: "List applications",
  description:
    "Applications of the key's organisation, oldest change first. To keep a copy in sync, pass the last `updatedAt` you stored as `updated_after`, and follow `nextCursor` until it is null.",
  tag: "Applications",
  scope: { resource: "applications", access: "read" },
  query: applicationListQuery,
  response: { status: 200, description: "A page of applications", schema: pageOf(applicationSchema, "ApplicationPage") },
  failures: [400],
  async handle({ actor, query }) {
    assertCan(actor, "jobs.read");
    const page = listPage(query);
    return pageResult(await listApiApplications(db(), actor.organizationId, { ...page, jobId: query.job_id }), page.limit, asJson);
  },
});

export const getApplication = apiOperation({
  method: "get",
  path: "/api/v1/applications/{id}",
  operationId: "getApplication",
  summary: "Read an application",
  tag: "Applications",
  scope: { resource: "applications", access: "read" },
  params: idParams,
  response: { status: 200, description: "The application", schema: applicationSchema },
  failures: [404],
  async handle({ actor, params }) {
    assertCan(actor, "jobs.read");
    return asJson(await requireApplication(actor, params.id));
  },
});

export const moveApplication = apiOperation({
  method: "post",
  path: "/api/v1/applications/{id}/move",
  operationId: "moveApplication",
  summary: "Move an application to a stage",
  description: "Send the version you read: if the application changed since, the answer is 409 and nothing moves.",
  tag: "Applications",
  scope: { resource: "applications", access: "write" },
  params: idParams,
  body: moveApplicationBody,
  response: { status: 200, description: "The application after the move", schema: applicationSchema },
  failures: [404, 409, 413, 415, 422],
  async handle({ actor, params, body }) {
    const application = await requireApplication(actor, params.id);
    await moveApplications(actor, { jobId: application.jobId, toStageId: body.stageId, applications: [{ applicationId: application.id, version: body.version }] });
    return asJson(await requireApplication(actor, params.id));
  },
});

export const rejectApplication = apiOperation({
  method: "post",
  path: "/api/v1/applications/{id}/reject",
  operationId: "rejectApplication",
  summary: "Reject an application",
  description: "With one of the organisation's rejection reasons; `sendEmail` queues its rejection email to the candidate.",
  tag: "Applications",
  scope: { resource: "applications", access: "write" },
  params: idParams,
  body: rejectApplicationBody,
  response: { status: 200, description: "The application after the rejection", schema: applicationSchema },
  failures: [404, 409, 413, 415, 422],
  async handle({ actor, params, body }) {
    const application = await requireApplication(actor, params.id);
    await rejectApplications(actor, {
      jobId: application.jobId,
      applications: [{ applicationId: application.id, version: body.version }],
      reason: body.reason,
      note: body.note ?? "",
      sendEmail: body.sendEmail,
    });
    return asJson(await requireApplication(actor, params.id));
  },
});

export const addApplicationNote = apiOperation({
  method: "post",
  path: "/api/v1/applications/{id}/notes",
  operationId: "addApplicationNote",
  summary: "Add a note to an application",
  description: "Mentioned members are notified as from the page. The note's author is the key.",
  tag: "Applications",
  scope: { resource: "applications", access: "write" },
  params: idParams,
  body: noteBody,
  response: { status: 201, description: "The note was added", schema: noteCreatedSchema },
  failures: [404, 409, 413, 415, 422],
  async handle({ actor, params, body }) {
    const application = await requireApplication(actor, params.id);
    const { noteId } = await createNote(actor, { candidateId: application.candidateId, applicationId: application.id, body: body.body, mentions: body.mentions });
    return { id: noteId };
  },
});
