import { describe, expect, it } from "vitest";
import { mentionTargets, type AudienceApplication, type AudienceMember } from "./audience";

const member = (userId: string, role: AudienceMember["role"]): AudienceMember => ({ userId, name: userId, email: `${userId}@x.test`, role });
const members = [member("admin", "admin"), member("rec", "recruiter"), member("hm", "hiring_manager"), member("int", "interviewer")];
const open: AudienceApplication = { id: "a1", jobId: "j1", anonymizedReview: false, identityRevealedAt: null, stageKind: "screen" };
const anonymised: AudienceApplication = { id: "a2", jobId: "j2", anonymizedReview: true, identityRevealedAt: null, stageKind: "screen" };
const ids = (targets: { userId: string }[]) => targets.map((t) => t.userId);

describe("mentionTargets", () => {
  it("offers admins and recruiters always, and team members only on their jobs", () => {
    const teams = new Map([["j1", new Set(["hm"])]]);
    expect(ids(mentionTargets(members, [open], teams))).toEqual(["admin", "rec", "hm"]);
    expect(ids(mentionTargets(members, [open], teams, "a1"))).toEqual(["admin", "rec", "hm"]);
  });

  it("sends anonymised reviewers to the application, marked hidden, and keeps them off profile notes", () => {
    const teams = new Map([["j2", new Set(["hm", "int"])]]);
    const onApplication = mentionTargets(members, [anonymised], teams, "a2");
    expect(onApplication.find((t) => t.userId === "hm")).toMatchObject({ link: "application", applicationId: "a2", identityHidden: true });
    expect(onApplication.find((t) => t.userId === "rec")).toMatchObject({ identityHidden: false });
    expect(ids(mentionTargets(members, [anonymised], teams))).toEqual(["admin", "rec"]);
  });

  it("reaches no one off the team, and nothing for an application of another candidate", () => {
    expect(ids(mentionTargets(members, [open], new Map(), "a1"))).toEqual(["admin", "rec"]);
    expect(mentionTargets(members, [open], new Map(), "unknown")).toEqual([]);
  });
});
