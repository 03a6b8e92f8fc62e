import { describe, expect, it } from "vitest";
import type { MemberRole } from "@/lib/enums";
import { canSeeOthersScorecards, type ScorecardVisibility } from "./visibility";

const settings: (ScorecardVisibility | undefined)[] = [undefined, "after_own_submitted", "always", "never"];
const roles: MemberRole[] = ["admin", "recruiter", "hiring_manager", "interviewer"];

/** The rule written out as a table, so a change to it shows as a changed expectation. */
function expected(role: MemberRole, setting: ScorecardVisibility | undefined, submittedOwn: boolean): boolean {
  if (role === "admin" || role === "recruiter") return true;
  if (setting === "always") return true;
  if (setting === "never") return false;
  return submittedOwn; // after_own_submitted, also the default when unset
}

describe("canSeeOthersScorecards", () => {
  for (const setting of settings) {
    for (const role of roles) {
      for (const submittedOwn of [false, true]) {
        it(`${role}, setting ${setting ?? "unset"}, ${submittedOwn ? "has" : "has not"} submitted: ${expected(role, setting, submittedOwn) ? "sees" : "does not see"}`, () => {
          expect(canSeeOthersScorecards({ role, setting, submittedOwn })).toBe(expected(role, setting, submittedOwn));
        });
      }
    }
  }

  it("keeps an interviewer who has not submitted from others' scorecards by default", () => {
    expect(canSeeOthersScorecards({ role: "interviewer", setting: undefined, submittedOwn: false })).toBe(false);
    expect(canSeeOthersScorecards({ role: "hiring_manager", setting: "never", submittedOwn: true })).toBe(false);
    expect(canSeeOthersScorecards({ role: "recruiter", setting: "never", submittedOwn: false })).toBe(true);
  });
});
