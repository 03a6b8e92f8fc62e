import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listApplicationHistory } from "@/db/queries/profile";
import * as s from "@/db/schema";
import { keyFor } from "@/test/api-keys";
import { setupTestDatabase } from "@/test/database";
import { pdfWithContent } from "@/test/pdf";
import * as candidatesRoute from "@/app/api/v1/candidates/route";

const db = setupTestDatabase();

describe("POST /api/v1/candidates", () => {
  it("creates a candidate with a resume from a multipart form, into a job's stage or as a prospect", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 0 });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 0 });
    const writer = await keyFor(org, ["candidates:write"], "HRIS");
    const reader = await keyFor(org, ["read"]);
    const screen = org.stages.find((stage) => stage.kind === "screen")!;
    const form = (fields: Record<string, string | File>) => {
      const body = new FormData();
      for (const [name, value] of Object.entries(fields)) body.append(name, value);
      return body;
    };
    const post = (key: string | undefined, body: FormData | string, headers: Record<string, string> = {}) =>
      candidatesRoute.POST(new Request("http://candor.test/api/v1/candidates", { method: "POST", headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers }, body }), {
        params: Promise.resolve({}),
      });
    const resume = new File([new Uint8Array(pdfWithContent(Buffer.from("BT /F1 12 Tf 72 712 Td (Grace resume) Tj ET")))], "grace.pdf", { type: "application/pdf" });

    expect((await post(undefined, form({ name: "Grace Hopper", email: "grace@example.com" }))).status).toBe(401);
    expect((await post(reader, form({ name: "Grace Hopper", email: "grace@example.com" }))).status).toBe(403);
    expect((await post(writer, JSON.stringify({ name: "Grace Hopper" }), { "content-type": "application/json" })).status).toBe(415);
    const invalid = await post(writer, form({ name: "", email: "not an email" }));
    expect(invalid.status).toBe(422);
    expect((await invalid.json()).errors.map((e: { pointer: string }) => e.pointer)).toEqual(expect.arrayContaining(["/name", "/email"]));
    // Another organisation's job is no job of this key's.
    expect((await post(writer, form({ name: "Grace Hopper", email: "grace@example.com", jobId: other.job.id }))).status).toBe(404);

    const created = await post(writer, form({ name: "Grace Hopper", email: "grace@example.com", jobId: org.job.id, stageId: screen.id, resume }));
    expect(created.status).toBe(201);
    const { candidateId, applicationId } = await created.json();
    const [application] = await db().select().from(s.applications).where(and(eq(s.applications.organizationId, org.organization.id), eq(s.applications.id, applicationId)));
    expect(application).toMatchObject({ candidateId, stageId: screen.id, source: "Added through the API (key “HRIS”)" });
    const files = await db().select().from(s.files).where(eq(s.files.candidateId, candidateId));
    expect(files).toMatchObject([{ kind: "resume", mediaType: "application/pdf", applicationId }]);
    const history = await listApplicationHistory(org.organization.id, [applicationId]);
    expect(history[0]).toMatchObject({ type: "added_to_job", actorName: null, actorApiKeyName: "HRIS" });

    const duplicate = await post(writer, form({ name: "G. Hopper", email: "GRACE@example.com" }));
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).detail).toContain(candidateId);
    const prospect = await post(writer, form({ name: "Ada Lovelace", email: "ada@example.com" }));
    expect(prospect.status).toBe(201);
    expect(await prospect.json()).toMatchObject({ candidateId: expect.any(String), applicationId: null });
  });

});
