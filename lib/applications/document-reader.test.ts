import { readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DocumentUnreadable, readDocument } from "./document-reader";

const filesDir = path.join(__dirname, "../../test/files");
const PDF = "application/pdf";

/** A one-page PDF whose page content is `content`, stored deflated (as real PDFs store it). */
function pdfWithContent(content: Buffer): Buffer {
  const stream = deflateSync(content);
  const objects = [
    Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"),
    Buffer.from("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
    Buffer.from("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"),
    Buffer.concat([Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`), stream, Buffer.from("\nendstream")]),
    Buffer.from("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
  ];
  const parts = [Buffer.from("%PDF-1.4\n")];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from("\nendobj\n")]);
    offsets.push(length);
    parts.push(object);
    length += object.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

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
    const hostile = pdfWithContent(Buffer.from(`BT /F1 12 Tf 72 700 Td (${"A".repeat(1000)}) Tj ET\n`.repeat(40_000)));
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
