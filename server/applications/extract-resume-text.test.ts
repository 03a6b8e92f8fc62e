import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { asSubmission, extractPendingTexts } from "./extract-resume-text";

// Its own database: extraction takes every waiting file, whoever uploaded it.
const db = setupTestDatabase({ ownDatabase: true });
const resumePdf = readFileSync(path.join(__dirname, "../../test/files/resume.pdf"));

let org: IsolatedOrganization;
beforeAll(async () => {
  org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
});

/** A stored document on the organisation's applicant whose text has not been read yet. */
async function storePendingPdf(data: Buffer, mediaType = "application/pdf") {
  const applicant = org.applicants[0]!;
  const [file] = await db()
    .insert(s.files)
    .values({
      organizationId: org.organization.id,
      candidateId: applicant.candidateId,
      applicationId: applicant.applicationId,
      kind: "answer",
      originalName: "portfolio.pdf",
      mediaType,
      sizeBytes: data.length,
      sha256: createHash("sha256").update(data).digest("hex"),
      storageKey: "pg",
      textPending: true,
    })
    .returning({ id: s.files.id });
  await db().insert(s.fileContents).values({ fileId: file!.id, data });
  return file!.id;
}

const fileRow = async (id: string) => (await db().select().from(s.files).where(eq(s.files.id, id)))[0];

describe("text extraction", () => {
  it("waits while a candidate's submission is in flight, then makes the text searchable", async () => {
    const id = await storePendingPdf(resumePdf);
    await asSubmission(async () => {
      expect(await extractPendingTexts()).toBe(0);
    });
    expect(await fileRow(id)).toMatchObject({ textPending: true, extractedText: null });

    expect(await extractPendingTexts()).toBe(1);
    expect(await fileRow(id)).toMatchObject({ textPending: false, extractedText: expect.stringContaining("Go, Rust and PostgreSQL since 2015") });
  });

  it("keeps a document whose text can't be read, with no text, and moves on", async () => {
    const id = await storePendingPdf(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >>\nnot a pdf body"));
    expect(await extractPendingTexts()).toBe(1);
    expect(await fileRow(id)).toMatchObject({ textPending: false, extractedText: null });
    expect(await db().select().from(s.fileContents).where(eq(s.fileContents.fileId, id))).toHaveLength(1);
  });

  it("tries a file whose bytes can't be read again a minute later, and gives up after three tries", async () => {
    const id = await storePendingPdf(resumePdf);
    await db().delete(s.fileContents).where(eq(s.fileContents.fileId, id));
    for (const attempt of [1, 2, 3]) {
      expect(await fileRow(id)).toMatchObject({ textPending: true, textAttempts: attempt - 1 });
      expect(await extractPendingTexts()).toBe(1);
      expect(await extractPendingTexts()).toBe(0); // not again within the minute
      await db().update(s.files).set({ textAttemptedAt: new Date(Date.now() - 2 * 60_000) }).where(eq(s.files.id, id));
    }
    expect(await fileRow(id)).toMatchObject({ textPending: false, textAttempts: 3, extractedText: null });
  });

  it("gives up without reading a file whose earlier tries never finished (the process died reading it)", async () => {
    const id = await storePendingPdf(resumePdf);
    await db().update(s.files).set({ textAttempts: 3, textAttemptedAt: new Date(Date.now() - 2 * 60_000) }).where(eq(s.files.id, id));
    expect(await extractPendingTexts()).toBe(1);
    expect(await fileRow(id)).toMatchObject({ textPending: false, textAttempts: 4, extractedText: null });
  });

  it("drops NUL characters, which Postgres text cannot hold", async () => {
    const id = await storePendingPdf(Buffer.from("Ada\u0000 Lovelace"), "text/plain; charset=utf-8");
    expect(await extractPendingTexts()).toBe(1);
    expect(await fileRow(id)).toMatchObject({ textPending: false, extractedText: "Ada Lovelace" });
  });
});
