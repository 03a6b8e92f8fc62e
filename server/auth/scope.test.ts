import { describe, expect, it } from "vitest";
import { memberRoles } from "@/lib/enums";
import { canEverywhere } from "@/lib/permissions";
import { hidesIdentity } from "@/lib/review/identity";
import { candidateScopeOf, jobScopeOf } from "./scope";

const member = (role: (typeof memberRoles)[number]) => ({ organizationId: "org-1", userId: "user-1", role });
const anonymised = { anonymizedReview: true, identityRevealedAt: null, stageKind: "interview" as const };

describe("the scope a member's reads run in", () => {
  it("covers every job for admins and recruiters, and only their teams' jobs for the others", () => {
    expect(jobScopeOf(member("admin"))).toEqual({ organizationId: "org-1", teamOf: undefined });
    expect(jobScopeOf(member("recruiter"))).toEqual({ organizationId: "org-1", teamOf: undefined });
    expect(jobScopeOf(member("hiring_manager"))).toEqual({ organizationId: "org-1", teamOf: "user-1" });
    expect(jobScopeOf(member("interviewer"))).toEqual({ organizationId: "org-1", teamOf: "user-1" });
  });

  it("agrees with the permission table and with anonymised review for every role", () => {
    for (const role of memberRoles) {
      const scope = candidateScopeOf(member(role));
      expect(scope.teamOf === undefined).toBe(canEverywhere(role, "jobs.read"));
      expect(scope.hidesAnonymised).toBe(hidesIdentity({ role }, anonymised));
    }
  });
});
