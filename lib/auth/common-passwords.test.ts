import { describe, expect, it } from "vitest";
import { newPasswordField } from "@/lib/validation/password";
import { commonPasswordProblem } from "./common-passwords";

describe("new passwords", () => {
  it("need twelve characters", () => {
    expect(newPasswordField.safeParse("short-pass1").success).toBe(false);
    expect(newPasswordField.safeParse("twelve chars").success).toBe(true);
  });

  it("refuse common passwords whatever their case, and the person's own address or name", () => {
    expect(commonPasswordProblem("1qaz2wsx3edc")).toMatch(/most common/);
    expect(commonPasswordProblem("QWERTYUIOP123")).toMatch(/most common/);
    expect(commonPasswordProblem("ada.lovelace@example.com", { email: "Ada.Lovelace@example.com" })).toMatch(/email address/);
    expect(commonPasswordProblem("Ada Lovelace Byron", { name: "ada lovelace byron" })).toMatch(/your name/);
    expect(commonPasswordProblem("aaaaaaaaaaaaaaaa")).toMatch(/repeats/);
    expect(commonPasswordProblem("orbit lantern quietly")).toBeNull();
  });
});
