import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acceptDocument, extractDocumentText, MAX_UPLOAD_BYTES } from "./files";

const fixture = (name: string, as = name, type = "application/pdf") =>
  new File([readFileSync(path.join(__dirname, "../../test/files", name))], as, { type });

describe("acceptDocument", () => {
  it("accepts a real PDF and fingerprints it; its text is read afterwards", async () => {
    const doc = await acceptDocument(fixture("resume.pdf"), "Resume");
    expect(doc).toMatchObject({ originalName: "resume.pdf", mediaType: "application/pdf", sizeBytes: 661, extractedText: null, textPending: true });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await extractDocumentText(doc.mediaType, doc.data)).toContain("Go, Rust and PostgreSQL since 2015");
  });

  it("accepts DOCX, RTF and TXT by their bytes", async () => {
    const docx = await acceptDocument(fixture("resume.docx"), "Resume");
    expect(docx).toMatchObject({ extractedText: null, textPending: true });
    expect(await extractDocumentText(docx.mediaType, docx.data)).toBe("Riley Example, Product Designer, Figma and research");
    expect(await acceptDocument(fixture("resume.rtf"), "Resume")).toMatchObject({ mediaType: "application/rtf", extractedText: null, textPending: false });
    const txt = await acceptDocument(fixture("resume.txt"), "Resume");
    expect(txt.textPending).toBe(false);
    expect(txt.extractedText).toContain("Naïve café résumé");
  });

  it.each([
    ["page.html", "An HTML page renamed .pdf"],
    ["image.svg", "An SVG renamed .pdf"],
    ["script.js", "A script renamed .pdf"],
    ["program.elf", "A program renamed .pdf"],
  ])("refuses %s renamed cv.pdf (%s)", async (name) => {
    await expect(acceptDocument(fixture(name, "cv.pdf"), "Resume")).rejects.toThrow(/^Resume is named \.pdf but/);
  });

  it("refuses a PDF whose name is a path to a shell script", async () => {
    await expect(acceptDocument(fixture("resume.pdf", "../../x.sh"), "Resume")).rejects.toThrow(
      "Resume must be a PDF, Word (DOC or DOCX), RTF or TXT file.",
    );
  });

  it("keeps only the base name of a path", async () => {
    expect((await acceptDocument(fixture("resume.pdf", "C:\\Users\\me\\cv.pdf"), "Resume")).originalName).toBe("cv.pdf");
  });

  it.each(["cv\u0007.pdf", "cv\u202Efdp.exe.pdf", "cv\u0000.pdf"])("refuses control and direction characters in %j", async (name) => {
    await expect(acceptDocument(fixture("resume.pdf", name), "Resume")).rejects.toThrow(/hidden control or text-direction characters/);
  });

  it("refuses empty files and files over 10 MB", async () => {
    await expect(acceptDocument(new File([], "cv.pdf"), "Resume")).rejects.toThrow("Resume is empty. Choose the file again.");
    await expect(acceptDocument(new File([new Uint8Array(MAX_UPLOAD_BYTES + 1)], "cv.pdf"), "Resume")).rejects.toThrow(
      "Resume is larger than 10 MB. Upload a smaller file.",
    );
  });

  it("refuses a broken PDF", async () => {
    await expect(acceptDocument(fixture("broken.pdf"), "Resume")).rejects.toThrow(/could not be read as a PDF/);
  });

  it("refuses a DOCX zip bomb without inflating it", async () => {
    await expect(acceptDocument(fixture("bomb.docx"), "Resume")).rejects.toThrow(/expands to far more data/);
  });
});
