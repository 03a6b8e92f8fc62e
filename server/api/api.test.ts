import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { DEFAULT_REJECTION_REASONS } from "@/lib/pipeline";
import { createApiKeySchema } from "@/lib/validation/api-keys";
import { setupTestDatabase } from "@/test/database";
import { actorOf, auditTrail } from "@/test/members";
import * as applicationRoute from "@/app/api/v1/applications/route";
import * as applicationByIdRoute from "@/app/api/v1/applications/[id]/route";
import * as moveRoute from "@/app/api/v1/applications/[id]/move/route";
import * as rejectRoute from "@/app/api/v1/applications/[id]/reject/route";
import * as notesRoute from "@/app/api/v1/applications/[id]/notes/route";
import * as attachmentsRoute from "@/app/api/v1/applications/[id]/attachments/route";
import * as attachmentRoute from "@/app/api/v1/attachments/[id]/route";
import * as candidatesRoute from "@/app/api/v1/candidates/route";
import * as candidateRoute from "@/app/api/v1/candidates/[id]/route";
import * as jobsRoute from "@/app/api/v1/jobs/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as docsRoute from "@/app/api/v1/docs/route";
import * as unknownRoute from "@/app/api/v1/[...rest]/route";
import { createApiKey } from "@/server/api-keys/create-api-key";
import { revokeApiKey } from "@/server/api-keys/revoke-api-key";
import { listNotes } from "@/db/queries/notes";
import { listApplicationHistory } from "@/db/queries/profile";
import { actedBy } from "@/lib/api/acted-by";
import { openApiDocument } from "./openapi";
import { keyFor } from "@/test/api-keys";

const db = setupTestDatabase();

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** A request to a route handler as a client sends it: the key as a bearer token, JSON in and out. */
async function call(handler: Handler, options: { key?: string; params?: Record<string, string>; query?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(options.key ? { authorization: `Bearer ${options.key}` } : {}), ...options.headers };
  const init: RequestInit = { method: options.body === undefined ? "GET" : "POST", headers };
  if (options.body !== undefined) {
    init.body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await handler(new Request(`http://candor.test/api/v1/x${options.query ?? ""}`, init), { params: Promise.resolve(options.params ?? {}) });
  const type = response.headers.get("content-type") ?? "";
  const json = type.includes("json") ? await response.json() : null;
  return { status: response.status, type, json, headers: response.headers, response };
}


const problemJson = expect.stringContaining("application/problem+json");

describe("API keys", () => {
  it("are created by admins only, shown once, stored hashed, audited, and stop working when revoked", async () => {
    const org = await createIsolatedOrganization(db());
    const created = await createApiKey(actorOf(org, "admin"), createApiKeySchema.parse({ name: "Zapier", scopes: "read,applications:write" }));
    expect(created.key).toMatch(/^candor_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.scopes).toEqual(["read", "applications:write"]);
    const [row] = await db().select().from(s.apiKeys).where(eq(s.apiKeys.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.key.split("_").at(-1));
    expect(row!.lastUsedAt).toBeNull();

    await expect(createApiKey(actorOf(org, "recruiter"), createApiKeySchema.parse({ name: "x", scopes: ["read"] }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await call(jobsRoute.GET, { key: created.key })).status).toBe(200);
    const [used] = await db().select().from(s.apiKeys).where(eq(s.apiKeys.id, created.id));
    expect(used!.lastUsedAt).not.toBeNull();

    const other = await createIsolatedOrganization(db());
    await expect(revokeApiKey(actorOf(other, "admin"), { keyId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await revokeApiKey(actorOf(org, "admin"), { keyId: created.id });
    const refused = await call(jobsRoute.GET, { key: created.key });
    expect(refused).toMatchObject({ status: 401, type: problemJson, json: { status: 401, title: "Unauthorized" } });
    expect(refused.headers.get("www-authenticate")).toContain("Bearer");
    const trail = await auditTrail(org.organization.id);
    expect(trail).toContainEqual(["api_key.created", org.users.admin.email, "Zapier"]);
    expect(trail).toContainEqual(["api_key.revoked", org.users.admin.email, "Zapier"]);
  });

  it("validates the name and scopes", () => {
    expect(createApiKeySchema.safeParse({ name: " ", scopes: ["read"] }).success).toBe(false);
    expect(createApiKeySchema.safeParse({ name: "x", scopes: [] }).success).toBe(false);
    expect(createApiKeySchema.safeParse({ name: "x", scopes: ["admin"] }).success).toBe(false);
    expect(createApiKeySchema.parse({ name: "x", scopes: "read,read" }).scopes).toEqual(["read"]);
  });
});

describe("REST API", () => {
  it("answers an unknown address with a 404 problem, not an HTML page", async () => {
    const response = unknownRoute.GET();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it("answers 401 without a key, with a malformed one, or with a wrong secret", async () => {
    const org = await createIsolatedOrganization(db());
    const key = await keyFor(org, ["read"]);
    const wrongSecret = `${key.slice(0, -4)}AAAA`;
    for (const attempt of [undefined, "nonsense", wrongSecret]) {
      expect(await call(jobsRoute.GET, { key: attempt })).toMatchObject({ status: 401, type: problemJson });
    }
  });

  it("reads jobs with their stages, candidates and one organisation only", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const key = await keyFor(org, ["read"]);

    const jobs = await call(jobsRoute.GET, { key });
    expect(jobs.status).toBe(200);
    expect(jobs.json.data.map((job: { id: string }) => job.id)).toEqual([org.job.id]);
    expect(jobs.headers.get("ratelimit-policy")).toMatch(/^"per-key";q=\d+;w=60$/);
    expect(jobs.headers.get("ratelimit")).toMatch(/^"per-key";r=\d+;t=\d+$/);

    const job = await call(jobRoute.GET, { key, params: { id: org.job.id } });
    expect(job.json).toMatchObject({ id: org.job.id, title: org.job.title, stages: org.stages.map(({ id, name, kind }) => ({ id, name, kind })) });
    expect(await call(jobRoute.GET, { key, params: { id: other.job.id } })).toMatchObject({ status: 404, type: problemJson });
    expect(await call(jobRoute.GET, { key, params: { id: "not-an-id" } })).toMatchObject({ status: 404 });

    const [applicant] = org.applicants;
    const candidates = await call(candidatesRoute.GET, { key });
    expect(candidates.json.data).toEqual([expect.objectContaining({ id: applicant!.candidateId, name: applicant!.name, email: applicant!.email })]);
    expect((await call(candidateRoute.GET, { key, params: { id: applicant!.candidateId } })).json).toMatchObject({ name: applicant!.name });
    expect((await call(candidateRoute.GET, { key, params: { id: other.applicants[0]!.candidateId } })).status).toBe(404);
    expect((await call(candidatesRoute.GET, { key, query: "?limit=1000" })).status).toBe(400);
  });

  it("pages applications with a cursor and syncs with updated_after", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3 });
    const key = await keyFor(org, ["applications:read"]);
    const first = await call(applicationRoute.GET, { key, query: "?limit=2" });
    expect(first.json.data).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await call(applicationRoute.GET, { key, query: `?limit=2&cursor=${first.json.nextCursor}` });
    expect(second.json).toMatchObject({ data: [expect.any(Object)], nextCursor: null });
    const seen = [...first.json.data, ...second.json.data].map((a: { id: string }) => a.id).sort();
    expect(seen).toEqual(org.applicants.map((a) => a.applicationId).sort());

    const bad = await call(applicationRoute.GET, { key, query: "?cursor=abc" });
    expect(bad).toMatchObject({ status: 400, json: { errors: [{ pointer: "/query/cursor" }] } });

    const latest = second.json.data[0].updatedAt as string;
    expect((await call(applicationRoute.GET, { key, query: `?updated_after=${encodeURIComponent(latest)}` })).json.data).toEqual([]);
    const one = await call(applicationByIdRoute.GET, { key, params: { id: org.applicants[0]!.applicationId } });
    expect(one.json).toMatchObject({ id: org.applicants[0]!.applicationId, jobId: org.job.id, version: 1, status: "active" });
    // A key for applications only cannot list jobs.
    expect(await call(jobsRoute.GET, { key })).toMatchObject({ status: 403, type: problemJson, json: { detail: expect.stringContaining("jobs:read") } });
  });

  it("moves with the version (409 when stale), rejects, and adds notes; a read-only key may do none of it", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2 });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const writer = await keyFor(org, ["applications:write"], "ATS sync");
    const reader = await keyFor(org, ["read"]);
    const [first, second] = org.applicants;
    const screen = org.stages.find((stage) => stage.kind === "screen")!;

    expect(await call(moveRoute.POST, { key: reader, params: { id: first!.applicationId }, body: { stageId: screen.id, version: 1 } })).toMatchObject({ status: 403 });
    const moved = await call(moveRoute.POST, { key: writer, params: { id: first!.applicationId }, body: { stageId: screen.id, version: 1 } });
    expect(moved).toMatchObject({ status: 200, json: { stageId: screen.id, version: 2 } });
    const stale = await call(moveRoute.POST, { key: writer, params: { id: first!.applicationId }, body: { stageId: org.stages[0]!.id, version: 1 } });
    expect(stale).toMatchObject({ status: 409, type: problemJson, json: { status: 409, detail: expect.stringContaining("changed by someone else") } });
    expect((await call(applicationByIdRoute.GET, { key: reader, params: { id: first!.applicationId } })).json).toMatchObject({ stageId: screen.id, version: 2 });
    expect((await call(moveRoute.POST, { key: writer, params: { id: other.applicants[0]!.applicationId }, body: { stageId: screen.id, version: 1 } })).status).toBe(404);
    // Another organisation's stage is no stage of this job.
    expect((await call(moveRoute.POST, { key: writer, params: { id: second!.applicationId }, body: { stageId: other.stages[1]!.id, version: 1 } })).status).toBe(409);

    const invalid = await call(moveRoute.POST, { key: writer, params: { id: second!.applicationId }, body: { stageId: "x", version: 0, extra: true } });
    expect(invalid).toMatchObject({ status: 422, type: problemJson });
    expect(invalid.json.errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(["/stageId", "/version"]));
    expect((await call(moveRoute.POST, { key: writer, params: { id: second!.applicationId }, body: "{not json" })).status).toBe(400);
    expect((await call(moveRoute.POST, { key: writer, params: { id: second!.applicationId }, body: "a=1", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await call(moveRoute.POST, { key: writer, params: { id: second!.applicationId }, body: JSON.stringify({ pad: "x".repeat(40_000) }) })).status).toBe(413);

    const badReason = await call(rejectRoute.POST, { key: writer, params: { id: second!.applicationId }, body: { reason: "Because", version: 1 } });
    expect(badReason).toMatchObject({ status: 422, json: { errors: [{ pointer: "/reason" }] } });
    const rejected = await call(rejectRoute.POST, { key: writer, params: { id: second!.applicationId }, body: { reason: DEFAULT_REJECTION_REASONS[0], version: 1 } });
    expect(rejected).toMatchObject({ status: 200, json: { status: "rejected", rejectionReason: DEFAULT_REJECTION_REASONS[0], version: 2 } });

    expect((await call(notesRoute.POST, { key: reader, params: { id: first!.applicationId }, body: { body: "hi" } })).status).toBe(403);
    const note = await call(notesRoute.POST, { key: writer, params: { id: first!.applicationId }, body: { body: "Synced from the HRIS" } });
    expect(note).toMatchObject({ status: 201, json: { id: expect.any(String) } });
    const [stored] = await db().select().from(s.notes).where(and(eq(s.notes.organizationId, org.organization.id), eq(s.notes.id, note.json.id)));
    const [writerKey] = await db().select().from(s.apiKeys).where(and(eq(s.apiKeys.organizationId, org.organization.id), eq(s.apiKeys.name, "ATS sync")));
    expect(stored).toMatchObject({ applicationId: first!.applicationId, body: "Synced from the HRIS", authorUserId: null, authorApiKeyId: writerKey!.id });
    // The profile names the key where a member's name would be.
    const [listed] = await listNotes(org.organization.id, first!.candidateId, { applicationIds: [first!.applicationId], general: false });
    expect(actedBy(listed!.authorName, listed!.authorApiKeyName, "A former member")).toBe("API key “ATS sync”");
    const history = await listApplicationHistory(org.organization.id, [first!.applicationId]);
    expect(history.find((event) => event.type === "moved")).toMatchObject({ actorName: null, actorApiKeyName: "ATS sync", toStageName: screen.name });
  });

  it("lists and downloads attachments, the download audited under the key's name", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
    const key = await keyFor(org, ["applications:read"], "Archiver");
    const [applicant] = org.applicants;
    const list = await call(attachmentsRoute.GET, { key, params: { id: applicant!.applicationId } });
    expect(list.json.data).toEqual([expect.objectContaining({ kind: "resume", name: "resume.txt", downloadUrl: expect.stringMatching(/^\/api\/v1\/attachments\//) })]);
    const fileId = list.json.data[0].id as string;
    const file = await call(attachmentRoute.GET, { key, params: { id: fileId } });
    expect(file.status).toBe(200);
    expect(await file.response.text()).toContain(applicant!.email);
    expect((await auditTrail(org.organization.id)).at(-1)).toEqual(["file.downloaded", expect.stringContaining("Archiver"), "Resume"]);

    const otherKey = await keyFor(other, ["read"]);
    expect((await call(attachmentRoute.GET, { key: otherKey, params: { id: fileId } })).status).toBe(404);
    expect((await call(attachmentsRoute.GET, { key: otherKey, params: { id: applicant!.applicationId } })).status).toBe(404);
  });

  it("answers 429 with Retry-After once the key's quota for the minute is spent, on every server alike", async () => {
    const org = await createIsolatedOrganization(db());
    const created = await createApiKey(actorOf(org, "admin"), createApiKeySchema.parse({ name: "Busy", scopes: ["read"] }));
    // The count lives in the database: what another server counted counts here.
    await db().insert(s.rateLimits).values({ key: `api:key:${created.id}`, hits: 120 });
    const limited = await call(jobsRoute.GET, { key: created.key });
    expect(limited).toMatchObject({ status: 429, type: problemJson });
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.get("ratelimit")).toMatch(/^"per-key";r=0;t=\d+$/);
  });
});

/** Every route.ts of the REST API (the public job board API under boards/ is documented apart). */
function restRoutes(dir = path.join(__dirname, "..", "..", "app", "api", "v1"), prefix = "/api/v1"): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (!statSync(full).isDirectory()) return entry === "route.ts" ? [prefix] : [];
    if (prefix === "/api/v1" && (entry === "boards" || entry === "openapi.json" || entry === "docs" || entry === "[...rest]")) return [];
    return restRoutes(full, `${prefix}/${entry.replace(/^\[(.+)\]$/, "{$1}")}`);
  });
}

describe("openapi.json", () => {
  it("describes every REST route and is a valid OpenAPI 3.1 document", async () => {
    const response = await openApiRoute.GET();
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(restRoutes().sort());
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.components.schemas.Application.properties.version).toBeDefined();
    expect(JSON.stringify(openApiDocument().paths?.["/api/v1/applications/{id}/move"]?.post?.responses?.["409"])).toContain("application/problem+json");
  });

  it("is readable at /api/v1/docs: every operation, no script", async () => {
    const response = docsRoute.GET();
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await response.text();
    const document = openApiDocument();
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      for (const operation of Object.values(item ?? {})) expect(html).toContain(`id="${(operation as { operationId: string }).operationId}"`);
      expect(html).toContain(`<code>${path}</code>`);
    }
    expect(html).not.toMatch(/<script/i);
  });
});
