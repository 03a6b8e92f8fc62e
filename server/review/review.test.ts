import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization, type IsolatedOrganizationOptions } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { recordDecisionSchema } from "@/lib/validation/review";
import { setupTestDatabase } from "@/test/database";
import { getApplicationReview } from "./get-application-review";
import { recordDecision } from "./record-decision";
import { revealIdentity } from "./reveal-identity";

const db = setupTestDatabase();

const viewer = (org: IsolatedOrganization, role: s.MemberRole): Viewer => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
});

async function orgWithApplicant(options: IsolatedOrganizationOptions = {}) {
  const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["hiring_manager", "interviewer"], ...options });
  return { org, applicant: org.applicants[0]! };
}

const eventsOf = (applicationId: string, type: "identity_revealed" | "decision_recorded") =>
  db()
    .select()
    .from(s.applicationEvents)
    .where(and(eq(s.applicationEvents.applicationId, applicationId), eq(s.applicationEvents.type, type)));

const revealedAt = async (applicationId: string) =>
  (await db().select({ at: s.applications.identityRevealedAt }).from(s.applications).where(eq(s.applications.id, applicationId)))[0]?.at;

describe("revealing an anonymised candidate", () => {
  it("shows the team an alias until a recruiter reveals the identity, then records who and when", async () => {
    const { org, applicant } = await orgWithApplicant({ anonymizedReview: true });
    const before = await getApplicationReview(viewer(org, "interviewer"), applicant.applicationId);
    expect(before).toMatchObject({ candidate: candidateAlias(applicant.applicationId), identityHidden: true, identity: { state: "hidden" }, canReveal: false });
    expect(JSON.stringify(before)).not.toContain(applicant.name);
    expect(await getApplicationReview(viewer(org, "recruiter"), applicant.applicationId)).toMatchObject({ candidate: applicant.name, canReveal: true });

    const { revealedAt: at } = await revealIdentity(viewer(org, "recruiter"), applicant.applicationId);
    const [event] = await eventsOf(applicant.applicationId, "identity_revealed");
    expect(event).toMatchObject({ actorUserId: org.users.recruiter.id, organizationId: org.organization.id });
    expect(await revealedAt(applicant.applicationId)).toEqual(at);

    const after = await getApplicationReview(viewer(org, "interviewer"), applicant.applicationId);
    expect(after).toMatchObject({ candidate: applicant.name, identityHidden: false, identity: { state: "revealed", by: org.users.recruiter.name } });
    expect(await getApplicationReview(viewer(org, "admin"), applicant.applicationId)).toMatchObject({ canReveal: false });
  });

  it("is refused for hiring managers, interviewers, other organisations, a second reveal and jobs without anonymised review", async () => {
    const { org, applicant } = await orgWithApplicant({ anonymizedReview: true });
    const other = await createIsolatedOrganization(db());
    for (const role of ["hiring_manager", "interviewer"] as const) {
      await expect(revealIdentity(viewer(org, role), applicant.applicationId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    await expect(revealIdentity(viewer(other, "admin"), applicant.applicationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await revealedAt(applicant.applicationId)).toBeNull();
    expect(await eventsOf(applicant.applicationId, "identity_revealed")).toHaveLength(0);

    await revealIdentity(viewer(org, "admin"), applicant.applicationId);
    await expect(revealIdentity(viewer(org, "recruiter"), applicant.applicationId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("already revealed"),
    });
    expect(await eventsOf(applicant.applicationId, "identity_revealed")).toHaveLength(1);

    const plain = await orgWithApplicant();
    await expect(revealIdentity(viewer(plain.org, "recruiter"), plain.applicant.applicationId)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("doesn't use anonymised review"),
    });
    expect(await getApplicationReview(viewer(plain.org, "interviewer"), plain.applicant.applicationId)).toMatchObject({
      candidate: plain.applicant.name,
      identity: { state: "not_anonymised" },
    });
  });

  it("shows the identity to the team once the application reaches Offer", async () => {
    const { org, applicant } = await orgWithApplicant({ anonymizedReview: true, stage: "offer" });
    expect(await getApplicationReview(viewer(org, "hiring_manager"), applicant.applicationId)).toMatchObject({
      candidate: applicant.name,
      identity: { state: "revealed_at_offer" },
      canReveal: false,
    });
  });

  it("hides the application from members off the team and from other organisations", async () => {
    const { org, applicant } = await orgWithApplicant({ anonymizedReview: true, team: [] });
    const other = await createIsolatedOrganization(db());
    expect(await getApplicationReview(viewer(org, "hiring_manager"), applicant.applicationId)).toBeNull();
    expect(await getApplicationReview(viewer(org, "interviewer"), applicant.applicationId)).toBeNull();
    expect(await getApplicationReview(viewer(other, "admin"), applicant.applicationId)).toBeNull();
  });
});

describe("the hiring manager's offer decision", () => {
  it("is recorded with who, when and the comment; the latest comes first and clears the wait", async () => {
    const { org, applicant } = await orgWithApplicant({ stage: "offer" });
    const hm = viewer(org, "hiring_manager");
    expect(await getApplicationReview(hm, applicant.applicationId)).toMatchObject({ atOffer: true, awaitingDecision: true, canDecide: true, decisions: [] });

    await recordDecision(hm, { applicationId: applicant.applicationId, decision: "decline", comment: "Salary is above the band." });
    await recordDecision(viewer(org, "admin"), { applicationId: applicant.applicationId, decision: "approve" });

    const review = await getApplicationReview(viewer(org, "recruiter"), applicant.applicationId);
    expect(review?.awaitingDecision).toBe(false);
    expect(review?.canDecide).toBe(false);
    expect(review?.decisions.map((d) => [d.decision, d.by, d.comment])).toEqual([
      ["approve", org.users.admin.name, null],
      ["decline", org.users.hiring_manager.name, "Salary is above the band."],
    ]);
    const events = await eventsOf(applicant.applicationId, "decision_recorded");
    expect(events.map((e) => e.actorUserId).sort()).toEqual([org.users.admin.id, org.users.hiring_manager.id].sort());
  });

  it("may be recorded by a team member whose team role is hiring manager", async () => {
    const { org, applicant } = await orgWithApplicant({ stage: "offer", team: [] });
    await db().insert(s.jobMembers).values({ organizationId: org.organization.id, jobId: org.job.id, userId: org.users.interviewer.id, role: "hiring_manager" });
    await recordDecision(viewer(org, "interviewer"), { applicationId: applicant.applicationId, decision: "approve" });
    expect(await eventsOf(applicant.applicationId, "decision_recorded")).toHaveLength(1);
  });

  it("is refused for recruiters, interviewers, members off the team and other organisations", async () => {
    const { org, applicant } = await orgWithApplicant({ stage: "offer", team: ["interviewer"] });
    const other = await createIsolatedOrganization(db());
    const input = { applicationId: applicant.applicationId, decision: "approve" as const };
    await expect(recordDecision(viewer(org, "recruiter"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordDecision(viewer(org, "interviewer"), input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(recordDecision(viewer(org, "hiring_manager"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(recordDecision(viewer(other, "admin"), input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await eventsOf(applicant.applicationId, "decision_recorded")).toHaveLength(0);
    expect(await getApplicationReview(viewer(org, "interviewer"), applicant.applicationId)).toMatchObject({ canDecide: false });
  });

  it("is refused before Offer and on a rejected application", async () => {
    const early = await orgWithApplicant({ stage: "interview" });
    await expect(recordDecision(viewer(early.org, "hiring_manager"), { applicationId: early.applicant.applicationId, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("this application is at Interview"),
    });
    expect(await getApplicationReview(viewer(early.org, "hiring_manager"), early.applicant.applicationId)).toMatchObject({ atOffer: false, canDecide: false });

    const rejected = await orgWithApplicant({ stage: "offer" });
    await db().update(s.applications).set({ status: "rejected" }).where(eq(s.applications.id, rejected.applicant.applicationId));
    await expect(recordDecision(viewer(rejected.org, "admin"), { applicationId: rejected.applicant.applicationId, decision: "approve" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("was rejected"),
    });
    expect(await eventsOf(early.applicant.applicationId, "decision_recorded")).toHaveLength(0);
    expect(await eventsOf(rejected.applicant.applicationId, "decision_recorded")).toHaveLength(0);
  });

  it("needs a comment to decline", () => {
    const applicationId = crypto.randomUUID();
    const declined = recordDecisionSchema.safeParse({ applicationId, decision: "decline", comment: "   " });
    expect(declined.success).toBe(false);
    expect(declined.error?.issues.map((issue) => issue.path.join("."))).toEqual(["comment"]);
    expect(recordDecisionSchema.safeParse({ applicationId, decision: "approve", comment: "" }).data).toEqual({ applicationId, decision: "approve", comment: undefined });
    expect(recordDecisionSchema.safeParse({ applicationId, decision: "maybe" }).success).toBe(false);
  });
});
