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
import { changeMemberRole } from "./change-member-role";
import { deactivateMember, reactivateMember } from "./set-member-active";

const db = setupTestDatabase();

describe("changing a member's role", () => {
  it("takes effect at once: their open sessions end, and they sign in again with the new role", async () => {
    const org = await createIsolatedOrganization(db());
    const recruiter = org.users.recruiter;
    const [laptop, phone] = await Promise.all([startUserSession(recruiter, "password"), startUserSession(recruiter, "password")]);
    expect(await changeMemberRole(actorOf(org), recruiter.id, "interviewer")).toEqual({ changed: true });

    expect(await listMembershipsForSession(recruiter.id, laptop)).toEqual([]);
    expect(await listMembershipsForSession(recruiter.id, phone)).toEqual([]);
    const again = await startUserSession(recruiter, "password");
    expect((await listMembershipsForSession(recruiter.id, again)).map((m) => m.role)).toEqual(["interviewer"]);
    const [entry] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "member.role_changed")));
    expect(entry).toMatchObject({ actorLabel: org.users.admin.email, targetLabel: recruiter.email, details: { from: "recruiter", to: "interviewer", endedSessions: 2 } });
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
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    const person = org.users.recruiter;
    await db().insert(memberships).values({ organizationId: other.organization.id, userId: person.id, role: "interviewer" });
    await deactivateMember(actorOf(org), person.id);
    expect(await verifyCredentials(person.email, org.password, "10.30.0.2")).toMatchObject({ ok: true });
    const sessionId = await startUserSession(person, "password");
    expect((await listMembershipsForSession(person.id, sessionId)).map((m) => m.organizationId)).toEqual([other.organization.id]);
  });
});
