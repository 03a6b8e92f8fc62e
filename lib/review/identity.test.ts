import { describe, expect, it } from "vitest";
import { candidateAlias, hidesIdentity, redactContactDetails } from "./identity";

const anonymised = { anonymizedReview: true, identityRevealedAt: null, stageKind: "screen" as const };

describe("hidesIdentity", () => {
  it("hides the candidate from hiring managers and interviewers on an anonymised job", () => {
    expect(hidesIdentity({ role: "interviewer" }, anonymised)).toBe(true);
    expect(hidesIdentity({ role: "hiring_manager" }, anonymised)).toBe(true);
  });

  it("never hides from admins and recruiters", () => {
    expect(hidesIdentity({ role: "admin" }, anonymised)).toBe(false);
    expect(hidesIdentity({ role: "recruiter" }, anonymised)).toBe(false);
  });

  it("shows the candidate once revealed, at Offer, or when the job is not anonymised", () => {
    expect(hidesIdentity({ role: "interviewer" }, { ...anonymised, identityRevealedAt: new Date() })).toBe(false);
    expect(hidesIdentity({ role: "interviewer" }, { ...anonymised, stageKind: "offer" })).toBe(false);
    expect(hidesIdentity({ role: "interviewer" }, { ...anonymised, anonymizedReview: false })).toBe(false);
  });
});

describe("candidateAlias", () => {
  it("is stable for an application and differs between applications", () => {
    const id = "0b6f2c1e-3a4d-4f5e-8a9b-1c2d3e4f5a6b";
    expect(candidateAlias(id)).toBe(candidateAlias(id));
    expect(candidateAlias(id)).toMatch(/^Candidate [2-9A-HJ-NP-Z]{4}$/);
    expect(candidateAlias(id)).not.toBe(candidateAlias("7d1e0a2b-9c8f-4e6d-a5b4-c3d2e1f0a9b8"));
  });
});

describe("redactContactDetails", () => {
  it("removes emails, phone numbers and links but keeps the rest", () => {
    const text = "Ada Lovelace\nada.lovelace@example.com · +44 20 7946 0958 · https://github.com/ada · linkedin.com/in/ada\nRust, Postgres (2019-2024)";
    const redacted = redactContactDetails(text);
    expect(redacted).not.toMatch(/example\.com|7946|github|linkedin/);
    expect(redacted).toContain("Rust, Postgres (2019-2024)");
    expect(redacted).toContain("[email removed]");
    expect(redacted).toContain("[phone removed]");
  });
});
