import { describe, expect, it } from "vitest";
import { isAutomaticReply } from "./automatic-reply";

const from = (headers: Record<string, string>) => isAutomaticReply((name) => headers[name]);

describe("automatic replies", () => {
  it("are told by the headers responders send, and a person's reply is not", () => {
    expect(from({ "auto-submitted": "auto-replied" })).toBe(true);
    expect(from({ "auto-submitted": "Auto-Generated; owner-email=x@y.z" })).toBe(true);
    expect(from({ "x-autoreply": "yes" })).toBe(true);
    expect(from({ precedence: "auto_reply" })).toBe(true);
    expect(from({ precedence: "bulk" })).toBe(true);
    expect(from({ "auto-submitted": "no" })).toBe(false);
    expect(from({ precedence: "first-class" })).toBe(false);
    expect(from({})).toBe(false);
  });
});
