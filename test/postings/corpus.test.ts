import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPosting } from "@/server/jobs/read-posting";
import { summarize, type PostingSummary } from "./summary";

/**
 * Every posting in test/postings (README.md there lists them) is imported through the same path as an
 * upload, Word and PDF files through the document-reader worker, and compared with its .expected.json:
 * title, address, facts, the headings and list items candidates see, and what was repaired or removed.
 */
const folder = path.join(process.cwd(), "test/postings");
const postings = readdirSync(folder)
  .filter((name) => /^\d{2}-.+\.(?:md|txt|html?|docx|pdf)$/.test(name))
  .sort();

describe("the posting corpus", () => {
  it("holds at least 30 postings, each with its expectations", () => {
    expect(postings.length).toBeGreaterThanOrEqual(30);
    for (const name of postings) expect(readdirSync(folder)).toContain(name.replace(/\.[a-z]+$/, ".expected.json"));
  });

  it.each(postings)("imports %s as expected", async (name) => {
    const bytes = readFileSync(path.join(folder, name));
    const posting = await readPosting({ file: new File([bytes], name) });
    const expected = JSON.parse(readFileSync(path.join(folder, name.replace(/\.[a-z]+$/, ".expected.json")), "utf8")) as PostingSummary;
    expect(summarize(posting)).toEqual(expected);
    expect(posting.slug.length).toBeLessThan(60);
    expect(posting.descriptionMd).not.toMatch(/â€|Ã[©¨¼¶]|‚Äô|√©|üí°|[\ue000-\uf8ff]/);
  });
});
