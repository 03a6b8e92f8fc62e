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
