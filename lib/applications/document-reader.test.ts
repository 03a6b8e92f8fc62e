import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { pdfWithContent, textDrawing } from "@/test/pdf";
import { DocumentUnreadable, readDocument } from "./document-reader";

const filesDir = path.join(__dirname, "../../test/files");
const PDF = "application/pdf";

describe("readDocument", () => {
  it("reads a real PDF's pages and text, and a DOCX's text", async () => {
    expect(await readDocument("pages", PDF, readFileSync(path.join(filesDir, "resume.pdf")))).toBe(1);
    expect(await readDocument("text", PDF, readFileSync(path.join(filesDir, "resume.pdf")))).toContain("PostgreSQL since 2015");
    expect(await readDocument("text", PDF, readFileSync(path.join(filesDir, "resume.pdf")), { maxChars: 20 })).toHaveLength(20);
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    expect(await readDocument("text", docx, readFileSync(path.join(filesDir, "resume.docx")))).toMatch(/\w+/);
  });

  it("reports a damaged PDF as unreadable", async () => {
    await expect(readDocument("pages", PDF, readFileSync(path.join(filesDir, "broken.pdf")))).rejects.toMatchObject({ reason: "damaged" });
  });

  it("stops a PDF built to keep the parser busy, and the server keeps serving meanwhile", async () => {
    // 40 MB of text drawing, deflated to a small upload: pdf.js would spend many seconds on it.
    const hostile = pdfWithContent(textDrawing(40_000));
    expect(hostile.length).toBeLessThan(1024 * 1024);
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 20);
    try {
      const read = readDocument("text", PDF, hostile, { timeLimitMs: 1_500 });
      await expect(read).rejects.toThrow(DocumentUnreadable);
      await expect(read).rejects.toMatchObject({ reason: "limit", message: "reading took longer than 1.5 s" });
    } finally {
      clearInterval(ticking);
    }
    // The parsing ran in a worker thread: this process's timers kept firing while it ran.
    expect(ticks).toBeGreaterThan(10);
    // And the pool still reads the next document.
    expect(await readDocument("pages", PDF, readFileSync(path.join(filesDir, "resume.pdf")))).toBe(1);
  });
});
