import { describe, expect, it } from "vitest";
import { signInSchema } from "./auth";

const valid = { email: "  Recruiter@Example.com ", password: "pw" };

describe("signInSchema", () => {
  it("trims the email", () => {
    expect(signInSchema.parse(valid).email).toBe("Recruiter@Example.com");
  });

  it.each([
    ["/candidates?page=2", "/candidates?page=2"],
    [undefined, "/jobs"],
    ["https://evil.example/", "/jobs"],
    ["//evil.example/", "/jobs"],
    ["/\\evil.example", "/jobs"],
    ["javascript:alert(1)", "/jobs"],
  ])("only follows callback URLs on this site (%s → %s)", (callbackUrl, expected) => {
    expect(signInSchema.parse({ ...valid, callbackUrl }).callbackUrl).toBe(expected);
  });

  it("reports every missing field with its own message", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["email", "Enter your email address."],
      ["password", "Enter your password."],
    ]);
  });
});
