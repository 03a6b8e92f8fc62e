import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { setupTestDatabase } from "@/test/database";
import { todayUtc } from "@/lib/validation/offers";
import { createOffer } from "@/server/offers/create-offer";
import { decideOffer } from "@/server/offers/decide-offer";
import { getApplicationOffers } from "@/server/offers/get-application-offers";
import { submitOffer } from "@/server/offers/submit-offer";
import { getHiringOverview } from "./hiring-overview";

// The overview's three lists, each as the member may see it.
const listHiringJobs = async (v: Viewer) => (await getHiringOverview(v)).jobs;
const listAwaitingDecisions = async (v: Viewer) => (await getHiringOverview(v)).awaiting;
const listMissingFeedback = async (v: Viewer, now?: Date) => (await getHiringOverview(v, now)).missing;

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
});

const hours = (n: number) => n * 60 * 60 * 1000;

const day = (offset: number) => todayUtc(new Date(Date.now() + offset * 86_400_000));
const terms = { salaryAmount: 65000, currency: "EUR", salaryPeriod: "year" as const, startDate: day(30), expiresOn: day(7), bonus: "", equity: "" };
const member = (org: IsolatedOrganization, role: s.MemberRole) => ({ ...viewer(org, role), email: org.users[role].email });

/** An offer drafted by the recruiter and sent for approval along the default chain: hiring manager, then admin. */
async function pendingOffer(org: IsolatedOrganization, applicationId: string) {
  const { offerId, version } = await createOffer(member(org, "recruiter"), { applicationId, ...terms });
  return { offerId, ...(await submitOffer(member(org, "recruiter"), { offerId, version })) };
}

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

  it("lists the offers waiting at the viewer's step of the approval chain, and drops them once decided", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2, stage: "offer", team: ["hiring_manager"], anonymizedReview: true });
    const offTeam = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer" });
    const [first, second] = org.applicants;
    const firstOffer = await pendingOffer(org, first!.applicationId);
    const secondOffer = await pendingOffer(org, second!.applicationId);
    await pendingOffer(offTeam, offTeam.applicants[0]!.applicationId);
    const ids = async (v: Viewer) => (await listAwaitingDecisions(v)).map((row) => row.applicationId).sort();
    const roles = ["admin", "recruiter", "hiring_manager", "interviewer"] as const;
    const waitingFor = async (o: IsolatedOrganization) => Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await ids(viewer(o, role))])));

    // The first step is the hiring manager's: theirs only, on their team's job.
    expect(await waitingFor(org)).toEqual({ admin: [], recruiter: [], hiring_manager: [first!.applicationId, second!.applicationId].sort(), interviewer: [] });
    expect(await waitingFor(offTeam)).toEqual({ admin: [], recruiter: [], hiring_manager: [], interviewer: [] });
    // At Offer the identity is no longer hidden; the row says which step of how many, and links to the offer.
    expect((await listAwaitingDecisions(viewer(org, "hiring_manager"))).map((row) => [row.candidate, row.offerId, row.approvalStep, row.steps]).sort()).toEqual(
      [
        [first!.name, firstOffer.offerId, 0, 2],
        [second!.name, secondOffer.offerId, 0, 2],
      ].sort(),
    );

    // Approved by the hiring manager: the first now waits for the admin.
    const approved = await decideOffer(member(org, "hiring_manager"), { offerId: firstOffer.offerId, version: firstOffer.version, decision: "approve", comment: "" });
    expect(await waitingFor(org)).toEqual({ admin: [first!.applicationId], recruiter: [], hiring_manager: [second!.applicationId], interviewer: [] });
    // The application page's Offer section agrees on whose step it is.
    for (const role of roles) {
      const offers = await getApplicationOffers(viewer(org, role), first!.applicationId);
      expect(offers?.offers[0]?.viewerDecides ?? false, role).toBe(role === "admin");
    }

    // Decided for good (sent after the last approval; declined): neither waits for anyone.
    await decideOffer(member(org, "admin"), { offerId: firstOffer.offerId, version: approved.version, decision: "approve", comment: "" });
    await decideOffer(member(org, "hiring_manager"), { offerId: secondOffer.offerId, version: secondOffer.version, decision: "reject", comment: "Over budget." });
    expect(await waitingFor(org)).toEqual({ admin: [], recruiter: [], hiring_manager: [], interviewer: [] });
  });

  it("gives the hiring manager's step to whoever is the job's hiring manager on its team, and a recruiter's step to every recruiter", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: [] });
    const applicationId = org.applicants[0]!.applicationId;
    await db().insert(s.jobMembers).values({ organizationId: org.organization.id, jobId: org.job.id, userId: org.users.recruiter.id, role: "hiring_manager" });
    await db().update(s.organizations).set({ settings: { offerApprovers: ["hiring_manager", "recruiter"] } }).where(eq(s.organizations.id, org.organization.id));
    const offer = await pendingOffer(org, applicationId);
    const ids = async (role: s.MemberRole) => (await listAwaitingDecisions(viewer(org, role))).map((row) => row.applicationId);

    expect(await ids("recruiter")).toEqual([applicationId]);
    expect(await ids("hiring_manager")).toEqual([]);
    await decideOffer(member(org, "recruiter"), { offerId: offer.offerId, version: offer.version, decision: "approve", comment: "" });
    expect(await ids("recruiter")).toEqual([applicationId]);
    expect((await listAwaitingDecisions(viewer(org, "recruiter")))[0]).toMatchObject({ approvalStep: 1, steps: 2 });
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
