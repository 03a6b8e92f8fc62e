import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { endUserSessions, listOpenSessions } from "@/db/queries/sessions";
import { auditEvents, memberships, userSessions, users } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { verifyCredentials } from "./credentials";
import { endCurrentSession, startUserSession } from "./user-sessions";

const db = setupTestDatabase();

async function auditOf(organizationId: string) {
  return db().select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId)).orderBy(auditEvents.id);
}

describe("sessions that end", () => {
  it("a session works until it is signed out, then no copy of its cookie does", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.recruiter;
    const sessionId = await startUserSession(user, "password");
    expect((await listMembershipsForSession(user.id, sessionId)).map((m) => m.role)).toEqual(["recruiter"]);

    await endCurrentSession({ userId: user.id, email: user.email, sessionId });
    expect(await listMembershipsForSession(user.id, sessionId)).toEqual([]);
    expect((await auditOf(org.organization.id)).map((e) => [e.action, e.actorLabel])).toEqual([
      ["sign_in.succeeded", user.email],
      ["sign_out", user.email],
    ]);
  });

  it("ending all of a user's sessions keeps only the one asked for, and touches nobody else's", async () => {
    const org = await createIsolatedOrganization(db());
    const [laptop, phone, other] = await Promise.all([
      startUserSession(org.users.admin, "password"),
      startUserSession(org.users.admin, "password"),
      startUserSession(org.users.interviewer, "password"),
    ]);
    expect(await endUserSessions(db(), org.users.admin.id, laptop)).toBe(1);
    expect(await listMembershipsForSession(org.users.admin.id, laptop)).toHaveLength(1);
    expect(await listMembershipsForSession(org.users.admin.id, phone)).toEqual([]);
    expect(await listMembershipsForSession(org.users.interviewer.id, other)).toHaveLength(1);
  });

  it("a deactivated membership or a disabled user has no organisation through any session", async () => {
    const org = await createIsolatedOrganization(db());
    const sessionId = await startUserSession(org.users.hiring_manager, "password");
    await db()
      .update(memberships)
      .set({ deactivatedAt: new Date() })
      .where(and(eq(memberships.userId, org.users.hiring_manager.id), eq(memberships.organizationId, org.organization.id)));
    expect(await listMembershipsForSession(org.users.hiring_manager.id, sessionId)).toEqual([]);

    const adminSession = await startUserSession(org.users.admin, "password");
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, org.users.admin.id));
    expect(await listMembershipsForSession(org.users.admin.id, adminSession)).toEqual([]);
    expect(await verifyCredentials(org.users.admin.email, org.password, "10.9.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it("a session is signed out once it is 30 days old (SESSION_MAX_AGE_DAYS), however active it has been", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.recruiter;
    const [young, old] = [await startUserSession(user, "password"), await startUserSession(user, "password")];
    // Both were used a moment ago (the cookie kept being renewed); only their age differs.
    const age = (sessionId: string, interval: string) =>
      db().update(userSessions).set({ createdAt: sql`now() - ${interval}::interval`, lastSeenAt: sql`now()` }).where(eq(userSessions.id, sessionId));
    await age(young, "29 days 23 hours");
    await age(old, "30 days 1 minute");

    expect((await listMembershipsForSession(user.id, young)).map((m) => m.role)).toEqual(["recruiter"]);
    expect(await listMembershipsForSession(user.id, old)).toEqual([]);
    // Nor is it listed under "Where you're signed in", or counted among the sessions a password change ends.
    expect((await listOpenSessions(user.id)).map((session) => session.id)).toEqual([young]);
    expect(await endUserSessions(db(), user.id)).toBe(1);
  });

  it("a session id belonging to someone else opens nothing", async () => {
    const org = await createIsolatedOrganization(db());
    const adminSession = await startUserSession(org.users.admin, "password");
    expect(await listMembershipsForSession(org.users.interviewer.id, adminSession)).toEqual([]);
  });

  it("records a failed sign-in with the address and the reason, in the user's organisation", async () => {
    const org = await createIsolatedOrganization(db());
    await verifyCredentials(org.users.recruiter.email, "not the password", "10.9.1.1");
    const [entry] = await auditOf(org.organization.id);
    expect(entry).toMatchObject({ action: "sign_in.failed", actorLabel: org.users.recruiter.email, ip: "10.9.1.1", details: { reason: "wrong_password" } });
  });

  it("refuses to edit an audit entry", async () => {
    const org = await createIsolatedOrganization(db());
    await startUserSession(org.users.admin, "password");
    await expect(db().update(auditEvents).set({ actorLabel: "someone else" }).where(eq(auditEvents.organizationId, org.organization.id))).rejects.toThrow();
  });
});
