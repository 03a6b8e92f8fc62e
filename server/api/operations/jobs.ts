import "server-only";
import { db } from "@/db/client";
import { findApiJob, listApiJobs } from "@/db/queries/api";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { idParams, jobSchema, jobWithStagesSchema, listQuery, pageOf } from "@/lib/validation/api";
import { apiOperation } from "../operation";
import { asJson, listPage, pageResult } from "./resources";

export const NOT_FOUND = "There is nothing at this address for this key.";

export const listJobs = apiOperation({
  method: "get",
  path: "/api/v1/jobs",
  operationId: "listJobs",
  summary: "List jobs",
  description: "Every job of the key's organisation (drafts, open and closed), oldest change first.",
  tag: "Jobs",
  scope: { resource: "jobs", access: "read" },
  query: listQuery,
  response: { status: 200, description: "A page of jobs", schema: pageOf(jobSchema, "JobPage") },
  failures: [400],
  async handle({ actor, query }) {
    assertCan(actor, "jobs.read");
    const page = listPage(query);
    return pageResult(await listApiJobs(db(), actor.organizationId, page), page.limit, asJson);
  },
});

export const getJob = apiOperation({
  method: "get",
  path: "/api/v1/jobs/{id}",
  operationId: "getJob",
  summary: "Read a job and its stages",
  description: "The job and its pipeline's stages in order: a stage's id is what moving an application takes.",
  tag: "Jobs",
  scope: { resource: "jobs", access: "read" },
  params: idParams,
  response: { status: 200, description: "The job", schema: jobWithStagesSchema },
  failures: [404],
  async handle({ actor, params }) {
    assertCan(actor, "jobs.read");
    const job = await findApiJob(db(), actor.organizationId, params.id);
    if (!job) throw new AppError("NOT_FOUND", NOT_FOUND);
    return asJson(job);
  },
});
