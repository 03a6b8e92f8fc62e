import { and, eq } from "drizzle-orm";
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
import { findOffersWaitingForApprover, getHiringOverview } from "./hiring-overview";

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

describe("offers waiting for an approver without the Hiring page", () => {
  /** An applicant at the Offer stage of `jobId` (the fixture's applicants are all on its first job). */
  async function applicantOn(org: IsolatedOrganization, jobId: string) {
    const [offerStage] = await db()
      .select({ id: s.jobStages.id })
      .from(s.jobStages)
      .where(and(eq(s.jobStages.jobId, jobId), eq(s.jobStages.kind, "offer")));
    const [candidate] = await db().insert(s.candidates).values({ organizationId: org.organization.id, name: "Other Job Applicant", email: `other-${jobId}@candor.test` }).returning();
    const [application] = await db()
      .insert(s.applications)
      .values({ organizationId: org.organization.id, jobId, candidateId: candidate!.id, stageId: offerStage!.id, source: "careers page" })
      .returning();
    return application!.id;
  }

  it("shows an interviewer who is job A's hiring manager A's offers at that step only; a plain interviewer and another organisation see nothing", async () => {
    // Job A: the interviewer is its hiring manager. Job B: the organisation's hiring manager is.
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 2, stage: "offer", extraJobs: 1 });
    const jobB = org.extraJobs[0]!;
    await db().insert(s.jobMembers).values([
      { organizationId: org.organization.id, jobId: org.job.id, userId: org.users.interviewer.id, role: "hiring_manager" },
      { organizationId: org.organization.id, jobId: jobB.id, userId: org.users.hiring_manager.id, role: "hiring_manager" },
    ]);
    const [waiting, moved] = org.applicants;
    const waitingOffer = await pendingOffer(org, waiting!.applicationId);
    const movedOffer = await pendingOffer(org, moved!.applicationId);
    const onB = await applicantOn(org, jobB.id);
    await pendingOffer(org, onB);
    const interviewer = viewer(org, "interviewer");
    const ids = (rows: { applicationId: string }[] | null) => rows?.map((row) => row.applicationId).sort() ?? null;

    // (a) Both of A's offers wait at the hiring manager's step: the interviewer's, and the application page agrees.
    expect(ids(await findOffersWaitingForApprover(interviewer))).toEqual([waiting!.applicationId, moved!.applicationId].sort());
    expect((await getApplicationOffers(interviewer, waiting!.applicationId))?.offers[0]?.viewerDecides).toBe(true);
    // They approve one: it moves on to the admin's step and leaves their list; B's never was in it.
    await decideOffer(member(org, "interviewer"), { offerId: movedOffer.offerId, version: movedOffer.version, decision: "approve", comment: "" });
    const rows = await findOffersWaitingForApprover(interviewer);
    expect(rows?.map((row) => [row.applicationId, row.offerId, row.jobTitle, row.candidate, row.approvalStep, row.steps])).toEqual([
      [waiting!.applicationId, waitingOffer.offerId, org.job.title, waiting!.name, 0, 2],
    ]);
    expect(ids(await listAwaitingDecisions(viewer(org, "hiring_manager")))).toEqual([onB]);
    expect(ids(await listAwaitingDecisions(viewer(org, "admin")))).toEqual([moved!.applicationId]);
    // Once nothing waits for them, an empty list: they still hold the step on A.
    await decideOffer(member(org, "interviewer"), { offerId: waitingOffer.offerId, version: waitingOffer.version, decision: "approve", comment: "" });
    expect(await findOffersWaitingForApprover(interviewer)).toEqual([]);

    // (b) An interviewer on the team as an interviewer decides no step: nothing, not even an empty list.
    const plain = await createIsolatedOrganization(db(), undefined, { applicants: 1, stage: "offer", team: ["hiring_manager", "interviewer"] });
    await pendingOffer(plain, plain.applicants[0]!.applicationId);
    expect(await findOffersWaitingForApprover(viewer(plain, "interviewer"))).toBeNull();
    expect(ids(await listAwaitingDecisions(viewer(plain, "hiring_manager")))).toEqual([plain.applicants[0]!.applicationId]);

    // (c) The same person in another organisation, where they are nobody's hiring manager: nothing of A's.
    await db().insert(s.memberships).values({ organizationId: plain.organization.id, userId: org.users.interviewer.id, role: "interviewer" });
    const elsewhere: Viewer = { organizationId: plain.organization.id, userId: org.users.interviewer.id, role: "interviewer" };
    expect(await findOffersWaitingForApprover(elsewhere)).toBeNull();
    await db().insert(s.jobMembers).values({ organizationId: plain.organization.id, jobId: plain.job.id, userId: org.users.interviewer.id, role: "hiring_manager" });
    // Hiring manager in `plain` now: that organisation's offer only, never another's.
    expect(ids(await findOffersWaitingForApprover(elsewhere))).toEqual([plain.applicants[0]!.applicationId]);
  });
});
