import { describe, expect, it } from "vitest";
import { isViewersStep, stepDeciders, stepsDecidedBy } from "./approval-step";

describe("who decides an offer's approval step", () => {
  it("gives the hiring manager's step to the job's hiring manager whatever their organisation role, and no one else", () => {
    expect(stepDeciders("hiring_manager").map((d) => [d.role, d.teamRole])).toEqual([
      ["admin", "hiring_manager"],
      ["recruiter", "hiring_manager"],
      ["hiring_manager", "hiring_manager"],
      ["interviewer", "hiring_manager"],
    ]);
    expect(isViewersStep({ role: "interviewer" }, "interviewer", "hiring_manager")).toBe(false);
    expect(isViewersStep({ role: "hiring_manager" }, "interviewer", "hiring_manager")).toBe(false);
  });

  it("gives another step to every member with that organisation role, on the team or not", () => {
    expect(stepDeciders("admin").map((d) => [d.role, d.teamRole])).toEqual([
      ["admin", null],
      ["admin", "recruiter"],
      ["admin", "hiring_manager"],
      ["admin", "interviewer"],
    ]);
    // An interviewer decides only the hiring manager's step, and only as the job's hiring manager.
    expect(stepsDecidedBy("interviewer").map((d) => [d.step, d.teamRole])).toEqual([["hiring_manager", "hiring_manager"]]);
  });
});
