import { describe, expect, it } from "vitest";
import { redactCandidate } from "./redact";

const candidate = { name: "Priya Raman", email: "priya.r@example.org", phone: "+44 20 7946 0001" };

describe("redactCandidate", () => {
  it("removes the name, each part of it, and contact details", () => {
    const text = "Priya Raman\npriya.r@example.org · +44 20 7946 0001\nSpoke to priya today; Raman's portfolio at https://priya.dev";
    const redacted = redactCandidate(text, candidate);
    expect(redacted).not.toMatch(/priya|raman|7946|example\.org/i);
    expect(redacted).toContain("[name removed]");
  });

  it("leaves words that merely contain a name part", () => {
    expect(redactCandidate("Ramanujan numbers", candidate)).toBe("Ramanujan numbers");
  });
});
