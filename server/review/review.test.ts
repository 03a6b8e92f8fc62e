import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization, type IsolatedOrganizationOptions } from "@/db/fixtures";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import { candidateAlias } from "@/lib/review/identity";
import { setupTestDatabase } from "@/test/database";
import { getApplicationReview } from "./get-application-review";
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

const eventsOf = (applicationId: string, type: "identity_revealed") =>
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

describe("offer decisions recorded before the approval chain", () => {
  it("stay on the application, newest first and read-only, for those who may see its offers", async () => {
    // As the old hiring manager's decision stored them: an event each, nothing else.
    const { org, applicant } = await orgWithApplicant({ stage: "offer", earlierDecisions: true });
    for (const role of ["admin", "recruiter", "hiring_manager"] as const) {
      const review = await getApplicationReview(viewer(org, role), applicant.applicationId);
      expect(review?.earlierDecisions.map((d) => [d.decision, d.by, d.comment]), role).toEqual([
        ["approve", org.users.admin.name, null],
        ["decline", org.users.hiring_manager.name, "Salary is above the band."],
      ]);
      expect(review).not.toHaveProperty("canDecide");
    }
    // Interviewers never see offers, nor these.
    expect((await getApplicationReview(viewer(org, "interviewer"), applicant.applicationId))?.earlierDecisions).toEqual([]);
    // An application without them has none.
    const plain = await orgWithApplicant({ stage: "offer" });
    expect((await getApplicationReview(viewer(plain.org, "admin"), plain.applicant.applicationId))?.earlierDecisions).toEqual([]);
  });
});
