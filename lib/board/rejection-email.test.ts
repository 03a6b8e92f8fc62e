import { describe, expect, it } from "vitest";
import { DEFAULT_REJECTION_REASONS } from "@/lib/pipeline";
import { DEFAULT_REJECTION_EMAIL, fillTemplate, rejectionReasonsOf, renderRejectionEmail } from "./rejection-email";

const values = { candidate_name: "Ada Lovelace", job_title: "Engineer", organization_name: "Acme" };

describe("rejection email", () => {
  it("fills the three placeholders and leaves unknown ones as written", () => {
    expect(fillTemplate("Hi {{candidate_name}}, {{ job_title }} at {{organization_name}} {{salary}}", values)).toBe(
      "Hi Ada Lovelace, Engineer at Acme {{salary}}",
    );
  });

  it("renders the default template with no placeholder left", () => {
    const email = renderRejectionEmail(DEFAULT_REJECTION_EMAIL, values);
    expect(email.subject).toBe("Your application for Engineer at Acme");
    expect(email.text).toContain("Dear Ada Lovelace,");
    expect(email.text).not.toContain("{{");
  });

  it("falls back to the default reasons when the organisation has none", () => {
    expect(rejectionReasonsOf({})).toEqual([...DEFAULT_REJECTION_REASONS]);
    expect(rejectionReasonsOf({ rejectionReasons: ["Too late"] })).toEqual(["Too late"]);
  });
});
