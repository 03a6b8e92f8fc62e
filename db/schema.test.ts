import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { postgresErrorCode } from "@/lib/db-errors";
import { setupTestDatabase } from "@/test/database";
import type { Transaction } from "./client";
import { createIsolatedOrganization } from "./fixtures";
import * as s from "./schema";

const db = setupTestDatabase();

/** The Postgres error code of a query that is expected to fail. */
async function pgErrorCode(promise: Promise<unknown>): Promise<string | undefined> {
  return promise.then(
    () => undefined,
    (error: unknown) => postgresErrorCode(error),
  );
}

async function stagesOf(jobId: string) {
  return db().select().from(s.jobStages).where(eq(s.jobStages.jobId, jobId)).orderBy(s.jobStages.position);
}

async function newApplication(org: Awaited<ReturnType<typeof createIsolatedOrganization>>, email: string) {
  const [candidate] = await db()
    .insert(s.candidates)
    .values({ organizationId: org.organization.id, email, name: "Test Candidate" })
    .returning();
  const [first] = await stagesOf(org.job.id);
  const [application] = await db()
    .insert(s.applications)
    .values({ organizationId: org.organization.id, jobId: org.job.id, candidateId: candidate!.id, stageId: first!.id })
    .returning();
  return application!;
}

describe("database constraints", () => {
  it("keeps user emails unique whatever their case", async () => {
    const org = await createIsolatedOrganization(db());
    const code = await pgErrorCode(db().insert(s.users).values({ email: org.users.admin.email.toUpperCase(), name: "Dup" }));
    expect(code).toBe("23505");
  });

  it("keeps candidate emails unique per organisation, case-insensitively, but not across organisations", async () => {
    const a = await createIsolatedOrganization(db());
    const b = await createIsolatedOrganization(db());
    await db().insert(s.candidates).values({ organizationId: a.organization.id, email: "Sam@Example.com", name: "Sam" });
    expect(await pgErrorCode(db().insert(s.candidates).values({ organizationId: a.organization.id, email: "sam@example.COM", name: "Sam" }))).toBe("23505");
    await expect(db().insert(s.candidates).values({ organizationId: b.organization.id, email: "sam@example.com", name: "Sam" })).resolves.toBeDefined();
  });

  it("refuses to put an application in a stage of another job", async () => {
    const a = await createIsolatedOrganization(db());
    const b = await createIsolatedOrganization(db());
    const application = await newApplication(a, "mover@example.com");
    const [otherStage] = await stagesOf(b.job.id);
    const code = await pgErrorCode(db().update(s.applications).set({ stageId: otherStage!.id }).where(eq(s.applications.id, application.id)));
    expect(code).toBe("23503");
  });

  it("refuses a second application from the same candidate to the same job", async () => {
    const org = await createIsolatedOrganization(db());
    const application = await newApplication(org, "twice@example.com");
    const code = await pgErrorCode(
      db().insert(s.applications).values({ organizationId: org.organization.id, jobId: org.job.id, candidateId: application.candidateId, stageId: application.stageId }),
    );
    expect(code).toBe("23505");
  });

  it("keeps application history append-only", async () => {
    const org = await createIsolatedOrganization(db());
    const application = await newApplication(org, "history@example.com");
    const [event] = await db()
      .insert(s.applicationEvents)
      .values({ organizationId: org.organization.id, applicationId: application.id, type: "applied" })
      .returning();
    expect(await pgErrorCode(db().update(s.applicationEvents).set({ type: "moved" }).where(eq(s.applicationEvents.id, event!.id)))).toBe("P0001");
    expect(await pgErrorCode(db().delete(s.applicationEvents).where(eq(s.applicationEvents.id, event!.id)))).toBe("P0001");
    const rows = await db().select().from(s.applicationEvents).where(eq(s.applicationEvents.applicationId, application.id));
    expect(rows.map((r) => r.type)).toEqual(["applied"]);
  });

  it("lets an erasure rewrite an event's data, and nothing else, only in its own transaction", async () => {
    const org = await createIsolatedOrganization(db());
    const application = await newApplication(org, "erased-history@example.com");
    const [event] = await db()
      .insert(s.applicationEvents)
      .values({ organizationId: org.organization.id, applicationId: application.id, type: "rejected", data: { note: "Told Ada" } })
      .returning();
    const byId = eq(s.applicationEvents.id, event!.id);
    const erasing = sql`select set_config('candor.erasure', 'on', true)`;
    expect(await pgErrorCode(db().update(s.applicationEvents).set({ data: { note: "Told [erased]" } }).where(byId))).toBe("P0001");
    const erase = (change: (tx: Transaction) => Promise<unknown>) =>
      db().transaction(async (tx) => {
        await tx.execute(erasing);
        await change(tx);
      });
    const refused = (change: (tx: Transaction) => Promise<unknown>) => pgErrorCode(erase(change));
    expect(await refused((tx) => tx.update(s.applicationEvents).set({ type: "moved" }).where(byId))).toBe("P0001");
    expect(await refused((tx) => tx.delete(s.applicationEvents).where(byId))).toBe("P0001");
    await erase((tx) => tx.update(s.applicationEvents).set({ data: { note: "Told [erased]" } }).where(byId));
    // The setting ended with that transaction.
    expect(await pgErrorCode(db().update(s.applicationEvents).set({ data: {} }).where(byId))).toBe("P0001");
    const [row] = await db().select().from(s.applicationEvents).where(byId);
    expect(row).toMatchObject({ type: "rejected", data: { note: "Told [erased]" } });
  });

  it("refuses a pay range whose minimum exceeds its maximum", async () => {
    const org = await createIsolatedOrganization(db());
    const code = await pgErrorCode(db().update(s.jobs).set({ payMin: 90_000, payMax: 80_000 }).where(eq(s.jobs.id, org.job.id)));
    expect(code).toBe("23514");
  });

  it("stores file bytes and gives them back unchanged", async () => {
    const org = await createIsolatedOrganization(db());
    const bytes = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10]);
    const [file] = await db()
      .insert(s.files)
      .values({ organizationId: org.organization.id, kind: "resume", originalName: "cv.pdf", mediaType: "application/pdf", sizeBytes: bytes.length, sha256: "x", storageKey: "pg:test" })
      .returning();
    await db().insert(s.fileContents).values({ fileId: file!.id, data: bytes });
    const [stored] = await db().select().from(s.fileContents).where(eq(s.fileContents.fileId, file!.id));
    expect(Buffer.compare(stored!.data, bytes)).toBe(0);
  });
});
