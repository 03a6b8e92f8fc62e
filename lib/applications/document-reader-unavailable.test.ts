import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// When the reader can't run (here: Candor started outside its project directory, so the worker file is
// not found), nothing is known about a document: a candidate's PDF is accepted, not refused as damaged.
const resume = readFileSync(path.join(__dirname, "../../test/files/resume.pdf"));
const projectDir = process.cwd();

beforeAll(() => process.chdir(os.tmpdir()));
afterAll(() => process.chdir(projectDir));

describe("without a document reader", () => {
  it("says the reader is unavailable, not that the document is damaged", async () => {
    const { readDocument } = await import("./document-reader");
    await expect(readDocument("pages", "application/pdf", resume)).rejects.toMatchObject({ reason: "unavailable", message: /start Candor from its project directory/ });
  });

  it("accepts a candidate's PDF and leaves its text to be read later", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { acceptDocument } = await import("./files");
    const accepted = await acceptDocument(new File([resume], "resume.pdf"), "Resume");
    expect(accepted).toMatchObject({ mediaType: "application/pdf", textPending: true, extractedText: null });
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/accepted a PDF whose structure could not be checked/));
  });
});
