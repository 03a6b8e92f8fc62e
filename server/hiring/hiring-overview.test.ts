import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { setupTestDatabase } from "@/test/database";
import { getHiringOverview } from "./hiring-overview";

// The overview's three lists, each as the member may see it.
const listHiringJobs = async (v: Viewer) => (await getHiringOverview(v)).jobs;
const listAwaitingDecisions = async (v: Viewer) => (await getHiringOverview(v)).awaiting;
const listMissingFeedback = async (v: Viewer, now?: Date) => (await getHiringOverview(v, now)).missing;
import { recordDecision } from "@/server/review/record-decision";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
});

const hours = (n: number) => n * 60 * 60 * 1000;

async function interview(org: IsolatedOrganization, applicationId: string, endedHoursAgo: number, participants: s.MemberRole[]) {
  const endsAt = new Date(Date.now() - hours(endedHoursAgo));
  const [row] = await db()
    .insert(s.interviews)
    .values({ organizationId: org.organization.id, applicationId, title: `Interview ${endedHoursAgo}h ago`, startsAt: new Date(endsAt.getTime() - hours(1)), endsAt, timeZone: "UTC" })
    .returning();
  for (const role of participants) {
    await db().insert(s.interviewParticipants).values({ organizationId: org.organization.id, interviewId: row!.id, userId: org.users[role].id });
  }
  return row!;
}

describe("the hiring dashboard", () => {
  it("counts active applicants per live stage of the viewer's open and draft jobs", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 3, team: ["hiring_manager"] });
    const other = await createIsolatedOrganization(db(), undefined, { applicants: 2 });
    await db().update(s.applications).set({ status: "rejected" }).where(eq(s.applications.id, org.applicants[2]!.applicationId));
    const screen = org.stages.find((stage) => stage.kind === "screen")!;
    await db().update(s.jobStages).set({ archivedAt: new Date() }).where(eq(s.jobStages.id, screen.id));

    const [job] = await listHiringJobs(viewer(org, "hiring_manager"));
    expect(job?.id).toBe(org.job.id);
    expect(job?.stages.map((stage) => [stage.name, stage.activeApplicants])).toEqual([
      ["Applied", 2],
      ["Interview", 0],
      ["Offer", 0],
      ["Hired", 0],
    ]);
    expect((await listHiringJobs(viewer(org, "recruiter"))).map((j) => j.id)).toEqual([org.job.id]);
    expect(await listHiringJobs(viewer(other, "hiring_manager"))).toEqual([]);

    await db().update(s.jobs).set({ status: "closed" }).where(eq(s.jobs.id, org.job.id));
    expect(await listHiringJobs(viewer(org, "admin"))).toEqual([]);
  });

  it("lists offers with no decision since they reached Offer, for the team and admins only", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2, stage: "offer", team: ["hiring_manager"], anonymizedReview: true });
    const offTeam = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer" });
    const [first, second] = org.applicants;
    const ids = async (v: Viewer) => (await listAwaitingDecisions(v)).map((row) => row.applicationId).sort();

    expect(await ids(viewer(org, "hiring_manager"))).toEqual([first!.applicationId, second!.applicationId].sort());
    expect(await ids(viewer(offTeam, "hiring_manager"))).toEqual([]);
    expect(await ids(viewer(org, "admin"))).toHaveLength(2);
    // At Offer the identity is no longer hidden.
    expect((await listAwaitingDecisions(viewer(org, "hiring_manager"))).map((row) => row.candidate).sort()).toEqual([first!.name, second!.name].sort());

    await recordDecision(viewer(org, "hiring_manager"), { applicationId: first!.applicationId, decision: "approve" });
    expect(await ids(viewer(org, "hiring_manager"))).toEqual([second!.applicationId]);

    // Back at Offer later: the earlier decision no longer counts.
    await db().update(s.applications).set({ stageEnteredAt: new Date(Date.now() + 1000) }).where(eq(s.applications.id, first!.applicationId));
    expect(await ids(viewer(org, "hiring_manager"))).toHaveLength(2);
    await db().update(s.applications).set({ status: "rejected" }).where(eq(s.applications.id, second!.applicationId));
    expect(await ids(viewer(org, "hiring_manager"))).toEqual([first!.applicationId]);
  });

  it("lists interviews that ended without a submitted scorecard, most overdue first, with the alias while identity is hidden", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, anonymizedReview: true, team: ["hiring_manager", "interviewer"] });
    const applicant = org.applicants[0]!;
    const recent = await interview(org, applicant.applicationId, 2, ["interviewer"]);
    const old = await interview(org, applicant.applicationId, 48, ["interviewer", "hiring_manager"]);
    await interview(org, applicant.applicationId, -24, ["interviewer"]); // tomorrow: nothing due yet
    await db().insert(s.scorecards).values({ organizationId: org.organization.id, interviewId: old.id, applicationId: applicant.applicationId, authorUserId: org.users.hiring_manager.id, status: "submitted", submittedAt: new Date() });
    await db().insert(s.scorecards).values({ organizationId: org.organization.id, interviewId: recent.id, applicationId: applicant.applicationId, authorUserId: org.users.interviewer.id, status: "draft" });

    const rows = await listMissingFeedback(viewer(org, "hiring_manager"));
    expect(rows.map((row) => [row.interviewId, row.interviewerName, row.overdue])).toEqual([
      [old.id, org.users.interviewer.name, true],
      [recent.id, org.users.interviewer.name, false],
    ]);
    expect(rows.every((row) => row.candidate === candidateAlias(applicant.applicationId))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(applicant.name);
    expect((await listMissingFeedback(viewer(org, "recruiter")))[0]?.candidate).toBe(applicant.name);

    const other = await createIsolatedOrganization(db(), undefined, { team: ["hiring_manager"] });
    expect(await listMissingFeedback(viewer(other, "admin"))).toEqual([]);
    const offTeam = await createIsolatedOrganization(db(), undefined, { applicants: 1, pastInterview: true });
    expect(await listMissingFeedback(viewer(offTeam, "hiring_manager"))).toEqual([]);
    expect(await listMissingFeedback(viewer(offTeam, "admin"))).toHaveLength(1);
  });
});
