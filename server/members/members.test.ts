import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { countActiveAdmins } from "@/db/queries/members";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { listMentionTargets } from "@/db/queries/notes";
import { auditEvents, memberships } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { actorOf, auditTrail } from "@/test/members";
import { verifyCredentials } from "@/server/auth/credentials";
import { startUserSession } from "@/server/auth/user-sessions";
import { disableUser } from "@/server/users/disable-user";
import { changeMemberRole } from "./change-member-role";
import { deactivateMember, reactivateMember } from "./set-member-active";

const db = setupTestDatabase();

/** The recruiter of one organisation, who is also an interviewer in another, and their sessions. */
async function personInTwoOrganizations() {
  const home = await createIsolatedOrganization(db());
  const other = await createIsolatedOrganization(db());
  const person = home.users.recruiter;
  await db().insert(memberships).values({ organizationId: other.organization.id, userId: person.id, role: "interviewer" });
  // Signed in with their password (both organisations), and through each organisation's SSO (that one alone).
  const everywhere = await startUserSession(person, "password");
  const homeSso = await startUserSession(person, "sso", { organizationId: home.organization.id });
  const otherSso = await startUserSession(person, "sso", { organizationId: other.organization.id });
  return { person, home, other, everywhere, homeSso, otherSso };
}

/** What a session opens: [organisation, role] pairs, none once it has ended. */
async function organizationsOpenedBy(userId: string, sessionId: string) {
  return (await listMembershipsForSession(userId, sessionId)).map((m) => [m.organizationId, m.role]);
}

describe("changing a member's role", () => {
  it("takes effect on their next request, without signing them out (the role is read on every request)", async () => {
    const org = await createIsolatedOrganization(db());
    const recruiter = org.users.recruiter;
    const [laptop, phone] = await Promise.all([startUserSession(recruiter, "password"), startUserSession(recruiter, "password")]);
    expect(await changeMemberRole(actorOf(org), recruiter.id, "interviewer")).toEqual({ changed: true });

    for (const session of [laptop, phone]) expect((await listMembershipsForSession(recruiter.id, session)).map((m) => m.role)).toEqual(["interviewer"]);
    const [entry] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.role_changed")));
    expect(entry).toMatchObject({ actorLabel: org.users.admin.email, targetLabel: recruiter.email, details: { from: "recruiter", to: "interviewer" } });
  });

  it("in one organisation leaves the person's sessions in their other organisations working", async () => {
    const { person, home, other, everywhere, homeSso, otherSso } = await personInTwoOrganizations();
    await changeMemberRole(actorOf(home), person.id, "hiring_manager");
    expect(await organizationsOpenedBy(person.id, everywhere)).toEqual([
      [home.organization.id, "hiring_manager"],
      [other.organization.id, "interviewer"],
    ]);
    expect(await organizationsOpenedBy(person.id, homeSso)).toEqual([[home.organization.id, "hiring_manager"]]);
    expect(await organizationsOpenedBy(person.id, otherSso)).toEqual([[other.organization.id, "interviewer"]]);
  });
  it("is for admins of the same organisation only", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    await expect(changeMemberRole(actorOf(org, "recruiter"), org.users.interviewer.id, "admin")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeMemberRole(actorOf(other), org.users.interviewer.id, "admin")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deactivateMember(actorOf(other), org.users.interviewer.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const sessionId = await startUserSession(org.users.interviewer, "password");
    expect((await listMembershipsForSession(org.users.interviewer.id, sessionId)).map((m) => m.role)).toEqual(["interviewer"]);
  });
});

describe("the last active admin", () => {
  it("can be neither demoted nor deactivated", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = org.users.admin;
    await expect(changeMemberRole(actorOf(org), admin.id, "recruiter")).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${admin.name} is the only active admin. Make someone else an admin first.`,
    });
    // Another admin may not deactivate them either once they are the last one (a deactivated admin does not count).
    await changeMemberRole(actorOf(org), org.users.recruiter.id, "admin");
    await deactivateMember(actorOf(org), org.users.recruiter.id);
    await expect(changeMemberRole(actorOf(org), admin.id, "interviewer")).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
  });

  it("survives two admins demoting each other at the same moment", async () => {
    const org = await createIsolatedOrganization(db());
    await changeMemberRole(actorOf(org), org.users.recruiter.id, "admin");
    const second = { ...actorOf(org, "recruiter"), role: "admin" as const };
    const results = await Promise.allSettled([
      changeMemberRole(actorOf(org), org.users.recruiter.id, "recruiter"),
      changeMemberRole(second, org.users.admin.id, "recruiter"),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
  });

  it("is not an admin whose account was disabled (npx candor user disable): they do not count as active", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = org.users.admin;
    await changeMemberRole(actorOf(org), org.users.recruiter.id, "admin");
    await disableUser(org.users.recruiter.email);
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
    await expect(changeMemberRole(actorOf(org), admin.id, "recruiter")).rejects.toMatchObject({
      code: "CONFLICT",
      message: `${admin.name} is the only active admin. Make someone else an admin first.`,
    });
    const otherAdmin = { ...actorOf(org, "recruiter"), role: "admin" as const };
    await expect(deactivateMember(otherAdmin, admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
    // The disabled admin can be demoted: that leaves the active admin in place.
    expect(await changeMemberRole(actorOf(org), org.users.recruiter.id, "recruiter")).toEqual({ changed: true });
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
  });

  it("is not left without one by npx candor user disable, unless the operator forces it", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = org.users.admin;
    await expect(disableUser(admin.email)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`${admin.email} is the only active admin of ${org.organization.name}.`),
    });
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
    await disableUser(admin.email, { force: true });
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(0);
  });

  it("can hand over: promote someone, then step down", async () => {
    const org = await createIsolatedOrganization(db());
    await changeMemberRole(actorOf(org), org.users.hiring_manager.id, "admin");
    expect(await changeMemberRole(actorOf(org), org.users.admin.id, "recruiter")).toEqual({ changed: true });
    expect(await countActiveAdmins(db(), org.organization.id)).toBe(1);
  });
});

describe("deactivating and reactivating", () => {
  it("signs the member out at once and keeps them out; reactivating lets them back in with their role", async () => {
    const org = await createIsolatedOrganization(db(), undefined, { applicants: 1, team: ["interviewer"] });
    const interviewer = org.users.interviewer;
    const mentionable = async () =>
      (await listMentionTargets(db(), { organizationId: org.organization.id, userId: org.users.admin.id }, org.applicants[0]!.candidateId)).map((t) => t.userId);
    expect(await mentionable()).toContain(interviewer.id);
    const sessionId = await startUserSession(interviewer, "password");
    await deactivateMember(actorOf(org), interviewer.id);

    expect(await listMembershipsForSession(interviewer.id, sessionId)).toEqual([]);
    expect(await verifyCredentials(interviewer.email, org.password, "10.30.0.1")).toEqual({ ok: false, reason: "deactivated" });
    // Nobody can mention them any more (they would be emailed about a candidate they can no longer see).
    expect(await mentionable()).not.toContain(interviewer.id);

    await reactivateMember(actorOf(org), interviewer.id);
    const back = await verifyCredentials(interviewer.email, org.password, "10.30.0.1");
    expect(back).toMatchObject({ ok: true });
    const again = await startUserSession(interviewer, "password");
    expect((await listMembershipsForSession(interviewer.id, again)).map((m) => m.role)).toEqual(["interviewer"]);
    expect((await auditTrail(org.organization.id)).filter(([action]) => action.startsWith("member."))).toEqual([
      ["member.deactivated", org.users.admin.email, interviewer.email],
      ["member.reactivated", org.users.admin.email, interviewer.email],
    ]);
  });

  it("refuses to deactivate yourself", async () => {
    const org = await createIsolatedOrganization(db());
    await changeMemberRole(actorOf(org), org.users.recruiter.id, "admin");
    await expect(deactivateMember(actorOf(org), org.users.admin.id)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("in one organisation leaves their membership of another working", async () => {
    const { person, home, other } = await personInTwoOrganizations();
    await deactivateMember(actorOf(home), person.id);
    expect(await verifyCredentials(person.email, home.password, "10.30.0.2")).toMatchObject({ ok: true });
    const sessionId = await startUserSession(person, "password");
    expect((await listMembershipsForSession(person.id, sessionId)).map((m) => m.organizationId)).toEqual([other.organization.id]);
  });

  it("in one organisation ends only the sessions that opened nothing else: their session in another keeps working", async () => {
    const { person, home, other, everywhere, homeSso, otherSso } = await personInTwoOrganizations();
    await deactivateMember(actorOf(home), person.id);
    expect(await organizationsOpenedBy(person.id, everywhere)).toEqual([[other.organization.id, "interviewer"]]);
    expect(await organizationsOpenedBy(person.id, otherSso)).toEqual([[other.organization.id, "interviewer"]]);
    expect(await organizationsOpenedBy(person.id, homeSso)).toEqual([]);
    const [entry] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, home.organization.id), eq(auditEvents.action, "member.deactivated")));
    expect(entry).toMatchObject({ details: { role: "recruiter", endedSessions: 1 } });

    // Reactivated, the SSO session stays ended; the other one opens both organisations again.
    await reactivateMember(actorOf(home), person.id);
    expect(await organizationsOpenedBy(person.id, homeSso)).toEqual([]);
    expect((await organizationsOpenedBy(person.id, everywhere)).map(([organizationId]) => organizationId).sort()).toEqual(
      [home.organization.id, other.organization.id].sort(),
    );
  });
});
