import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { memberRoles } from "@/lib/enums";
import { roleLabels } from "@/lib/format";
import { assertCan, can, canOnJob, capabilities, capabilityTable, jobScope, rolesWith, seesAllJobs, type Capability } from "./permissions";

const readme = readFileSync(path.join(__dirname, "..", "README.md"), "utf8");

describe("the permission module", () => {
  it("is what the README's 'who can do what' table says", () => {
    const between = readme.match(/<!-- capabilities:start -->\n([\s\S]*?)\n<!-- capabilities:end -->/);
    expect(between, "README.md needs the capability table between its markers").not.toBeNull();
    // On a difference, run `npm run readme:capabilities`.
    expect(between![1]).toBe(capabilityTable(roleLabels));
  });

  it("gives admins every capability, and each capability to at least one role", () => {
    for (const capability of Object.keys(capabilities) as Capability[]) {
      expect(can("admin", capability)).toBe(true);
      expect(rolesWith(capability).length).toBeGreaterThan(0);
    }
  });

  it("keeps organisation settings and mail away from hiring managers and interviewers", () => {
    for (const role of ["hiring_manager", "interviewer"] as const) {
      for (const capability of ["mail.read", "settings.rejection.edit", "settings.reviews.edit", "jobs.manage", "pipeline.move"] as const) {
        expect(can(role, capability), `${role} ${capability}`).toBe(false);
      }
      expect(seesAllJobs(role)).toBe(false);
    }
    expect(can("recruiter", "settings.rejection.edit")).toBe(false);
    expect(can("recruiter", "settings.rejection.read")).toBe(true);
  });

  it("gives queries the jobs a member may read: every job, their teams' jobs, or none", () => {
    const member = (role: (typeof memberRoles)[number]) => ({ organizationId: "org", userId: "user", role });
    expect(jobScope(member("recruiter"))).toEqual({ organizationId: "org", userId: "user", jobs: "all" });
    expect(jobScope(member("interviewer")).jobs).toBe("team");
    expect(jobScope(member("hiring_manager"), "jobs.manage").jobs).toBe("none");
    expect(jobScope(member("interviewer"), "offers.read").jobs).toBe("team");
    expect(jobScope(member("interviewer"), "offers.manage").jobs).toBe("none");
    expect(jobScope(member("hiring_manager"), "offers.approve").jobs).toBe("team");
  });

  it("decides team-scoped capabilities by the member's place on the job's hiring team", () => {
    expect(canOnJob("hiring_manager", "offers.approve", { teamRole: "hiring_manager" })).toBe(true);
    expect(canOnJob("hiring_manager", "offers.approve", { teamRole: "interviewer" })).toBe(true);
    expect(canOnJob("hiring_manager", "offers.approve", { teamRole: null })).toBe(false);
    expect(canOnJob("interviewer", "offers.approve", { teamRole: "hiring_manager" })).toBe(true);
    expect(canOnJob("interviewer", "offers.read", { teamRole: "hiring_manager" })).toBe(true);
    expect(canOnJob("interviewer", "offers.approve", { teamRole: "interviewer" })).toBe(false);
    expect(canOnJob("interviewer", "offers.read", { teamRole: "interviewer" })).toBe(false);
    expect(canOnJob("interviewer", "offers.read", { teamRole: null })).toBe(false);
    expect(canOnJob("recruiter", "offers.approve", { teamRole: null })).toBe(true);
    expect(canOnJob("admin", "offers.approve", { teamRole: null })).toBe(true);
  });

  it("refuses with a FORBIDDEN error that names no role", () => {
    expect(() => assertCan({ role: "interviewer" }, "pipeline.move")).toThrowError(expect.objectContaining({ code: "FORBIDDEN" }));
    try {
      assertCan({ role: "interviewer" }, "mail.read");
    } catch (error) {
      const message = (error as Error).message.toLowerCase();
      for (const role of memberRoles) expect(message).not.toContain(roleLabels[role].toLowerCase());
    }
    expect(() => assertCan({ role: "recruiter" }, "pipeline.move")).not.toThrow();
  });
});
