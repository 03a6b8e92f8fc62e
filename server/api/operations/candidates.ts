import "server-only";
import { db } from "@/db/client";
import { findApiCandidate, listApiCandidates } from "@/db/queries/api";
import { AppError } from "@/lib/errors";
import { assertCan } from "@/lib/permissions";
import { candidateSchema, idParams, listQuery, pageOf } from "@/lib/validation/api";
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
