import { describe, expect, it } from "vitest";
import { signInSchema } from "./auth";

const valid = { email: "  Recruiter@Example.com ", password: "pw" };

describe("signInSchema", () => {
  it("trims the email", () => {
    expect(signInSchema.parse(valid).email).toBe("Recruiter@Example.com");
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
