import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { importPostingSchema, jobFieldsSchema, questionFieldsSchema } from "./job";

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
