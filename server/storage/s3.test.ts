import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from "@aws-sdk/client-s3";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { submitApplication } from "@/server/applications/submit-application";
import { anonymizeCandidate } from "@/server/status/anonymize-candidate";
import { setupTestDatabase } from "@/test/database";
import { fileStore, readFileBytes, sweepOrphanedObjects } from "./index";
import type { s3Store } from "./s3";

// Configured before anything reads the environment: this file runs Candor with S3 storage, on a server that
// listens on a port the system picks, started first so that its endpoint is known.
const { settings, server } = await vi.hoisted(async () => {
  const { startS3Server } = await import("@/test/s3");
  const values = {
    S3_BUCKET: "candor-test",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "1",
  };
  const started = await startS3Server(values.S3_BUCKET);
  Object.assign(process.env, values, { S3_ENDPOINT: started.endpoint });
  return { settings: values, server: started };
});

const db = setupTestDatabase();
const resume = readFileSync(path.join(__dirname, "../../test/files/resume.pdf"));
let org: IsolatedOrganization;

beforeAll(async () => {
  org = await createIsolatedOrganization(db());
});
afterAll(() => server.stop());

const bucket = () => fileStore() as ReturnType<typeof s3Store>;
async function objectKeys(): Promise<string[]> {
  const page = await bucket().client.send(new ListObjectsV2Command({ Bucket: settings.S3_BUCKET }));
  return (page.Contents ?? []).map((object) => object.Key!).filter((key) => key.includes(org.organization.id));
}

function apply(email = `s3-${randomUUID()}@example.com`) {
  return submitApplication(
    org.organization.slug,
    { slug: org.job.slug },
    { name: "Sam Bucket", email, resume: new File([resume], "resume.pdf"), consent: "on", leaveEmpty: "", idempotencyKey: randomUUID() },
    { ip: `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  );
}

describe("S3-compatible file storage", () => {
  it("keeps the resume in the bucket, byte for byte, and only its key in Postgres", async () => {
    const result = await apply();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [file] = await db().select().from(s.files).where(eq(s.files.applicationId, result.data.applicationId));
    expect(file?.storageKey).toMatch(/^s3:organizations\/.+\/files\/.+/);
    const [inPostgres] = await db().select({ n: count() }).from(s.fileContents).where(eq(s.fileContents.fileId, file!.id));
    expect(inPostgres!.n).toBe(0);

    const object = await bucket().client.send(new GetObjectCommand({ Bucket: settings.S3_BUCKET, Key: file!.storageKey.slice(3) }));
    const bytes = Buffer.from(await object.Body!.transformToByteArray());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(file!.sha256);
    expect((await readFileBytes(file!)).equals(resume)).toBe(true);
  });

  it("removes the upload when the application is refused after it (already applied)", async () => {
    const email = `twice-${randomUUID()}@example.com`;
    expect((await apply(email)).ok).toBe(true);
    const before = await objectKeys();
    const second = await apply(email);
    expect(second).toMatchObject({ ok: false, code: "ALREADY_APPLIED" });
    expect(await objectKeys()).toEqual(before);
  });

  it("stores nothing when the bucket refuses the upload", async () => {
    const [before] = await db().select({ n: count() }).from(s.applications).where(eq(s.applications.organizationId, org.organization.id));
    await server.pause();
    try {
      const result = await apply();
      expect(result).toMatchObject({ ok: false, code: "INTERNAL" });
    } finally {
      await server.resume();
    }
    const [after] = await db().select({ n: count() }).from(s.applications).where(eq(s.applications.organizationId, org.organization.id));
    expect(after!.n).toBe(before!.n);
  });

  it("deletes a candidate's objects when they delete their data", async () => {
    const result = await apply();
    if (!result.ok) throw new Error("apply failed");
    const [file] = await db().select().from(s.files).where(eq(s.files.applicationId, result.data.applicationId));
    const [application] = await db().select().from(s.applications).where(eq(s.applications.id, result.data.applicationId));
    expect(await objectKeys()).toContain(file!.storageKey.slice(3));
    await anonymizeCandidate({ candidateId: application!.candidateId, organizationId: org.organization.id } as Parameters<typeof anonymizeCandidate>[0]);
    expect(await objectKeys()).not.toContain(file!.storageKey.slice(3));
  });

  it("sweeps objects that no file row points at, once they are old enough", async () => {
    const result = await apply();
    if (!result.ok) throw new Error("apply failed");
    const orphan = `organizations/${org.organization.id}/files/${randomUUID()}`;
    await bucket().client.send(new PutObjectCommand({ Bucket: settings.S3_BUCKET, Key: orphan, Body: "left by a crash" }));

    expect(await sweepOrphanedObjects(60)).toBe(0); // too recent: it may belong to a submit in progress
    const later = new Date(Date.now() + 2 * 60 * 60_000);
    expect(await sweepOrphanedObjects(60, later)).toBe(1);
    const keys = await objectKeys();
    expect(keys).not.toContain(orphan);
    const [file] = await db().select().from(s.files).where(eq(s.files.applicationId, result.data.applicationId));
    expect(keys).toContain(file!.storageKey.slice(3));
  });
});
