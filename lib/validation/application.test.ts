import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { applicationSchema } from "./application";

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
  const answerOf = (answer: string | undefined) => ({ ...base, answers: answer === undefined ? {} : { [`q_${question.id}`]: answer } });

  it("follows the questions' edits at once, though schemas are reused between applications", () => {
    expect(applicationSchema([question]).safeParse(answerOf("Rust")).success).toBe(false);
    expect(applicationSchema([question]).safeParse(answerOf(undefined)).success).toBe(true);

    const edited = { ...question, options: [...question.options, "Rust"], required: true };
    expect(applicationSchema([edited]).safeParse(answerOf("Rust")).success).toBe(true);
    const missing = applicationSchema([edited]).safeParse(answerOf(undefined));
    expect(fieldErrorsOf(missing.error!)[`answers.q_${question.id}`]).toEqual(["Choose an option."]);

    // The old questions are still answered by their own rules (another job may ask them).
    expect(applicationSchema([question]).safeParse(answerOf("Rust")).success).toBe(false);
  });
});
