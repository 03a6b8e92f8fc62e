import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/errors";
import { applicationSchema, MAX_FILE_BYTES, type FormQuestion } from "./application";
import { applicationHints } from "./application-hints";

const questions: FormQuestion[] = [
  { id: "a1", label: "Why us?", type: "long_text", options: [], required: true },
  { id: "b2", label: "Authorised to work here?", type: "yes_no", options: [], required: true },
  { id: "c3", label: "Tools", type: "multi_select", options: ["Go", "Rust"], required: true },
  { id: "d4", label: "Portfolio", type: "file", options: [], required: false },
  { id: "e5", label: "Anything else", type: "short_text", options: [], required: false },
];
const hints = applicationHints(questions);
const schema = applicationSchema(questions);

describe("the apply form's early checks (public/js/apply-form.js)", () => {
  it("ask for exactly what the server requires, in the server's words", () => {
    const required = Object.fromEntries(Object.entries(hints).flatMap(([field, hint]) => (hint.required ? [[field, hint.required]] : [])));
    expect(required).toEqual({
      name: "Enter your full name.",
      email: "Enter your email address.",
      resume: "Attach your resume.",
      consent: "Please confirm that you have read the privacy notice.",
      "answers.q_a1": "Answer this question.",
      "answers.q_b2": "Choose yes or no.",
      "answers.q_c3": "Choose at least one option.",
    });
  });

  it("say what the server says of an address that is not one", () => {
    const result = schema.safeParse({ email: "jordan.example.com", answers: {} });
    expect(hints.email?.email).toBe(fieldErrorsOf(result.error!).email?.[0]);
  });

  it("hold every file field to the server's size limit, with the server's message", () => {
    const tooLarge = new File([new Uint8Array(MAX_FILE_BYTES + 1)], "cv.pdf");
    const result = schema.safeParse({ resume: tooLarge, coverLetterFile: tooLarge, answers: { q_d4: tooLarge } });
    const errors = fieldErrorsOf(result.error!);
    for (const field of ["resume", "coverLetterFile", "answers.q_d4"]) {
      expect(hints[field]?.file).toMatchObject({ maxBytes: MAX_FILE_BYTES, accept: ".pdf,.doc,.docx,.rtf,.txt" });
      expect(errors[field]).toEqual([hints[field]!.file!.tooLarge]);
    }
    expect(hints["answers.q_d4"]?.file?.wrongType).toBe("This file must be a PDF, Word (DOC or DOCX), RTF or TXT file.");
  });
});
