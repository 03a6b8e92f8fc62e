import { describe, expect, it } from "vitest";
import { memberRoles } from "@/lib/enums";
import { canEverywhere } from "@/lib/permissions";
import { hidesIdentity } from "@/lib/review/identity";
import { candidateScopeOf } from "./candidate-scope";

const member = (role: (typeof memberRoles)[number]) => ({ organizationId: "org-1", userId: "user-1", role });
const anonymised = { anonymizedReview: true, identityRevealedAt: null, stageKind: "interview" as const };

describe("the scope of a member's candidate search", () => {
  it("covers every job for admins and recruiters, and only their teams' jobs for the others", () => {
    expect(candidateScopeOf(member("admin"))).toEqual({ organizationId: "org-1", userId: "user-1", jobs: "all", hidesAnonymised: false });
    expect(candidateScopeOf(member("recruiter"))).toMatchObject({ jobs: "all", hidesAnonymised: false });
    expect(candidateScopeOf(member("hiring_manager"))).toMatchObject({ jobs: "team", hidesAnonymised: true });
    expect(candidateScopeOf(member("interviewer"))).toMatchObject({ jobs: "team", hidesAnonymised: true });
  });

  it("agrees with the permission table and with anonymised review for every role", () => {
    for (const role of memberRoles) {
      const scope = candidateScopeOf(member(role));
      expect(scope.jobs === "all").toBe(canEverywhere(role, "jobs.read"));
      expect(scope.hidesAnonymised).toBe(hidesIdentity({ role }, anonymised));
    }
  });
});
