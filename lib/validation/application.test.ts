import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { applicationSchema, type FormQuestion } from "./application";

const schema = applicationSchema([]);
const base = { name: "Jordan Example", email: "jordan@example.com", resume: new File(["%PDF-1.4"], "cv.pdf"), consent: "on", leaveEmpty: "", idempotencyKey: crypto.randomUUID() };

describe("profile links", () => {
  it("take an address typed without https://, as people copy them from the address bar", () => {
    const parsed = schema.parse({ ...base, linkedin: " linkedin.com/in/jordan ", github: "www.github.com/jordan", website: "jordan.example:8080/work" });
    expect(parsed).toMatchObject({ linkedin: "https://linkedin.com/in/jordan", github: "https://www.github.com/jordan", website: "https://jordan.example:8080/work" });
    expect(schema.parse({ ...base, website: "http://jordan.example" }).website).toBe("http://jordan.example");
  });

  it("refuse what is not a web address, and every other scheme, with a message saying what to type", () => {
    for (const website of ["jordan", "javascript:alert(1)", "ftp://jordan.example", "data:text/html,hi", "linkedin.com@evil.example", "https://a.b@javascript", "https://localhost/x"]) {
      const result = schema.safeParse({ ...base, website });
      expect(result.success, website).toBe(false);
      expect(fieldErrorsOf(result.error!).website).toEqual(["Website must be a full web address starting with https://"]);
    }
  });
});

describe("a job's schema", () => {
  const question = { id: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b", label: "Preferred stack", type: "single_select" as const, options: ["Go", "TypeScript"], required: false };
  const field = `answers.q_${question.id}`;
  const answerOf = (answer: string | undefined) => ({ ...base, answers: answer === undefined ? {} : { [`q_${question.id}`]: answer } });
  const errorsOf = (questions: FormQuestion[], answer: string | undefined) => {
    const result = applicationSchema(questions).safeParse(answerOf(answer));
    return result.success ? [] : (fieldErrorsOf(result.error)[field] ?? []);
  };

  it("is built once for a set of questions and reused by the next application", () => {
    expect(applicationSchema([{ ...question }])).toBe(applicationSchema([{ ...question }]));
  });

  it("follows each edit of a question at once", () => {
    expect(errorsOf([question], "Rust")).toEqual(["Choose one of the listed options."]);
    expect(errorsOf([{ ...question, options: [...question.options, "Rust"] }], "Rust")).toEqual([]);
    expect(errorsOf([{ ...question, required: true }], undefined)).toEqual(["Choose an option."]);
    expect(errorsOf([{ ...question, type: "short_text" }], "Rust")).toEqual([]);
    const file = { ...question, type: "file" as const, required: true };
    expect(errorsOf([file], undefined)).toEqual(["Attach your preferred stack."]);
    expect(errorsOf([{ ...file, label: "Portfolio" }], undefined)).toEqual(["Attach your portfolio."]);
    // The questions as they were still get their own rules (another job may ask them).
    expect(errorsOf([question], "Rust")).toEqual(["Choose one of the listed options."]);
  });
});

describe("a file input left untouched", () => {
  it("is no file, as a browser posts it and as React sends it to a server action", () => {
    for (const untouched of [new File([], ""), new File([], "undefined")]) {
      const result = schema.safeParse({ resume: untouched, coverLetterFile: untouched, answers: {} });
      const errors = fieldErrorsOf(result.error!);
      expect(errors.resume).toEqual(["Attach your resume."]);
      expect(errors.coverLetterFile).toBeUndefined();
    }
    const chosenButEmpty = schema.safeParse({ resume: new File([], "cv.pdf"), answers: {} });
    expect(fieldErrorsOf(chosenButEmpty.error!).resume).toEqual(["Resume is empty. Choose the file again."]);
  });
});
