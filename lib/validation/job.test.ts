import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { importBoardSchema, importPostingSchema, jobFieldsSchema, questionFieldsSchema } from "./job";

const base = { title: "Senior Engineer", descriptionMd: "" };

describe("job fields", () => {
  it("refuse a pay range whose minimum is above its maximum, on the maximum field", () => {
    const result = jobFieldsSchema.safeParse({ ...base, payMin: "120000", payMax: "90000", payCurrency: "EUR" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ payMax: ["The maximum pay must be at least the minimum."] });
  });

  it("accept form strings: empty fields are absent, numbers coerced, currency upper-cased, checkbox on", () => {
    const result = jobFieldsSchema.parse({ ...base, slug: "", payMin: "90000", payMax: "", payCurrency: "eur", anonymizedReview: "on", closesAt: "" });
    expect(result).toMatchObject({ slug: undefined, payMin: 90000, payMax: undefined, payCurrency: "EUR", anonymizedReview: true, closesAt: undefined });
  });

  it("want a currency with a pay range and a usable address", () => {
    const result = jobFieldsSchema.safeParse({ title: "!!!", descriptionMd: "", payMin: "1", slug: "" });
    expect(Object.keys(fieldErrorsOf(result.error!)).sort()).toEqual(["payCurrency", "slug"]);
    expect(jobFieldsSchema.safeParse({ ...base, slug: "Not A Slug!" }).success).toBe(false);
  });
});

describe("question fields", () => {
  it("need two options for a choice and drop options for other kinds", () => {
    expect(questionFieldsSchema.safeParse({ label: "Pick", type: "single_select", options: "Only one" }).success).toBe(false);
    expect(questionFieldsSchema.parse({ label: "Pick", type: "multi_select", options: "A\n\nB\nA\n" }).options).toEqual(["A", "B"]);
    expect(questionFieldsSchema.parse({ label: "Why?", type: "long_text", options: "A\nB" }).options).toEqual([]);
  });
});

describe("a posting to import", () => {
  const errors = (input: Record<string, unknown>) => {
    const result = importPostingSchema.safeParse(input);
    return result.success ? {} : fieldErrorsOf(result.error);
  };

  it("takes pasted text when the file input was left empty (a server action gets it as an empty File)", () => {
    const result = importPostingSchema.safeParse({ file: new File([], "undefined"), text: "# Engineer" });
    expect(result.success && result.data).toEqual({ file: undefined, text: "# Engineer" });
  });

  it("asks for a file or text, not both, and checks the file's size for its kind before reading it", () => {
    expect(errors({ text: "  " })).toEqual({ file: ["Choose a file with the posting, or paste its text."] });
    expect(errors({ file: new File(["a"], "a.md"), text: "b" })).toEqual({ text: ["Choose a file or paste the text, not both."] });
    expect(errors({ file: new File([new Uint8Array(2 * 1024 * 1024)], "a.md") }).file?.[0]).toMatch(/^That file is 2\.0 MB; a posting may be at most 1 MB/);
    expect(errors({ file: new File([new Uint8Array(2 * 1024 * 1024)], "a.pdf") })).toEqual({});
  });
});

describe("a board to import", () => {
  it.each([
    ["acme", "acme"],
    ["  Acme  ", "acme"],
    ["https://boards.greenhouse.io/acme", "acme"],
    ["job-boards.greenhouse.io/acme/jobs/4012345008", "acme"],
    ["https://boards.greenhouse.io/embed/job_board?for=acme", "acme"],
    ["https://jobs.lever.co/acme-corp/5ac21346-8e0c-4494-8e7a-3eb92ff77902", "acme-corp"],
    ["jobs.eu.lever.co/acme_eu", "acme_eu"],
  ])("takes %j as the board %j", (typed, board) => {
    expect(importBoardSchema.parse({ provider: "greenhouse", board: typed })).toEqual({ provider: "greenhouse", board });
  });

  it("refuses what can't be a board's name, saying what each service calls it", () => {
    for (const typed of ["", "two words", "../etc", "a?b", "x".repeat(101)]) {
      const greenhouse = importBoardSchema.safeParse({ provider: "greenhouse", board: typed });
      expect(fieldErrorsOf(greenhouse.error!), typed).toEqual({ board: ["Enter the board token, like acme: the last part of the board's address, boards.greenhouse.io/acme."] });
    }
    expect(fieldErrorsOf(importBoardSchema.safeParse({ provider: "lever", board: "a b" }).error!)).toEqual({
      board: ["Enter the site name, like acme: the part after jobs.lever.co/ in the job site's address."],
    });
    expect(fieldErrorsOf(importBoardSchema.safeParse({ provider: "workday", board: "acme" }).error!)).toEqual({ provider: ["Choose Greenhouse or Lever."] });
  });
});
