import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { asSubmission, extractPendingTexts } from "./text-extraction";

// Its own database: extraction takes every waiting file, whoever uploaded it.
const db = setupTestDatabase({ ownDatabase: true });
const resumePdf = readFileSync(path.join(__dirname, "../../test/files/resume.pdf"));

let org: IsolatedOrganization;
beforeAll(async () => {
  org = await createIsolatedOrganization(db(), undefined, { applicants: 1 });
});

/** A stored PDF on the organisation's applicant whose text has not been read yet. */
async function storePendingPdf(data: Buffer) {
  const applicant = org.applicants[0]!;
  const [file] = await db()
    .insert(s.files)
    .values({
      organizationId: org.organization.id,
      candidateId: applicant.candidateId,
      applicationId: applicant.applicationId,
      kind: "answer",
      originalName: "portfolio.pdf",
      mediaType: "application/pdf",
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

  it("leaves a file waiting when its bytes can't be read, for a later pass", async () => {
    const id = await storePendingPdf(resumePdf);
    await db().delete(s.fileContents).where(eq(s.fileContents.fileId, id));
    await expect(extractPendingTexts()).rejects.toThrow(/no stored bytes/);
    expect(await fileRow(id)).toMatchObject({ textPending: true });
    await db().delete(s.files).where(eq(s.files.id, id));
  });
});
