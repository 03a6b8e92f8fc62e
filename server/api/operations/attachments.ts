import "server-only";
import { db } from "@/db/client";
import { findApiApplication, listApiAttachments } from "@/db/queries/api";
import { downloadHeaders } from "@/lib/files/download";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { attachmentSchema, idParams } from "@/lib/validation/api";
import { findDownloadableFile } from "@/server/files/get-downloadable-file";
import { z } from "zod";
import { apiOperation } from "../operation";
import { NOT_FOUND } from "./jobs";
import { asJson } from "./resources";

export const listAttachments = apiOperation({
  method: "get",
  path: "/api/v1/applications/{id}/attachments",
  operationId: "listAttachments",
  summary: "List an application's attachments",
  description: "The resume, cover letter and files the candidate uploaded with this application.",
  tag: "Attachments",
  scope: { resource: "applications", access: "read" },
  params: idParams,
  response: { status: 200, description: "The attachments", schema: z.object({ data: z.array(attachmentSchema) }).meta({ id: "AttachmentList" }) },
  failures: [404],
  async handle({ actor, params }) {
    assertCan(actor, "jobs.read");
    if (!(await findApiApplication(db(), actor.organizationId, params.id))) throw new AppError("NOT_FOUND", NOT_FOUND);
    const rows = await listApiAttachments(db(), actor.organizationId, params.id);
    return { data: rows.map((row) => ({ ...asJson(row), downloadUrl: `/api/v1/attachments/${row.id}` })) };
  },
});

export const downloadAttachment = apiOperation({
  method: "get",
  path: "/api/v1/attachments/{id}",
  operationId: "downloadAttachment",
  summary: "Download an attachment",
  description: "The file's bytes, with its media type. Each download is in the audit log, naming the key.",
  tag: "Attachments",
  scope: { resource: "applications", access: "read" },
  params: idParams,
  response: { status: 200, description: "The file", binary: true },
  failures: [404],
  async handle({ actor, params }) {
    assertCan(actor, "jobs.read");
    const found = await findDownloadableFile(actor, params.id);
    if (!found) throw new AppError("NOT_FOUND", NOT_FOUND);
    return new Response(new Uint8Array(found.data), { headers: downloadHeaders(found.file, false) });
  },
});
