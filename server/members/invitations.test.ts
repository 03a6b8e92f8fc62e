import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { invitations } from "@/db/schema";
import { setupTestDatabase } from "@/test/database";
import { actorOf, auditTrail, invitationTokensFor } from "@/test/members";
import { verifyCredentials } from "@/server/auth/credentials";
import { startUserSession } from "@/server/auth/user-sessions";
import { acceptInvitationAsExistingUser, acceptInvitationAsNewUser, acceptInvitationWithPassword, readInvitationLink } from "./accept-invitation";
import { inviteMember, resendInvitation } from "./invite-member";
import { revokeInvitation } from "./revoke-invitation";

const db = setupTestDatabase();
const PASSWORD = "saffron lantern 2049";

describe("inviting someone", () => {
  it("queues an email with a one-time link; accepting it creates the account, the membership and a working sign-in", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = actorOf(org);
    const email = `Newcomer-${org.organization.slug}@Example.test`;
    await inviteMember(admin, { email, role: "recruiter" });

    const [token] = await invitationTokensFor(org.organization.id, email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await db().select().from(invitations).where(eq(invitations.organizationId, org.organization.id));
    // Only the hash is stored, and the link lasts 7 days.
    expect(stored!.tokenHash).not.toContain(token);
    expect(stored!.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await readInvitationLink(token!)).toMatchObject({ state: "open", existingAccount: false, invitation: { role: "recruiter" } });

    await acceptInvitationAsNewUser(token!, { name: "Nora Newcomer", password: PASSWORD });
    const signedIn = await verifyCredentials(email.toLowerCase(), PASSWORD, "10.20.0.1");
    expect(signedIn).toMatchObject({ ok: true, user: { name: "Nora Newcomer" } });
    const sessionId = await startUserSession(signedIn.ok ? signedIn.user : { id: "", email }, "password");
    expect(await listMembershipsForSession(signedIn.ok ? signedIn.user.id : "", sessionId)).toMatchObject([{ organizationId: org.organization.id, role: "recruiter" }]);
    expect((await auditTrail(org.organization.id)).filter(([action]) => action.startsWith("invitation."))).toEqual([
      ["invitation.sent", admin.email, email],
      ["invitation.accepted", email, email],
    ]);
  });

  it("refuses a member's address, whatever its case, and an address already invited", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = actorOf(org);
    await expect(inviteMember(admin, { email: org.users.interviewer.email.toUpperCase(), role: "recruiter" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: ["This person is already a member of your organisation."] },
    });
    await inviteMember(admin, { email: "twice@example.test", role: "interviewer" });
    await expect(inviteMember(admin, { email: "TWICE@Example.test", role: "admin" })).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { email: [expect.stringContaining("already has an invitation")] },
    });
    expect(await invitationTokensFor(org.organization.id, "TWICE@Example.test")).toEqual([]);
  });

  it("is for admins only, and each organisation's invitations are its own", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    await expect(inviteMember(actorOf(org, "recruiter"), { email: "x@example.test", role: "admin" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { invitationId } = await inviteMember(actorOf(org), { email: "mine@example.test", role: "interviewer" });
    await expect(revokeInvitation(actorOf(other), invitationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resendInvitation(actorOf(other), invitationId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await invitationTokensFor(org.organization.id, "mine@example.test")).toHaveLength(1);
  });
});

describe("a link that cannot be used", () => {
  it("after a resend, only the new link works", async () => {
    const org = await createIsolatedOrganization(db());
    const { invitationId } = await inviteMember(actorOf(org), { email: "resent@example.test", role: "interviewer" });
    await resendInvitation(actorOf(org), invitationId);
    const [oldToken, newToken] = await invitationTokensFor(org.organization.id, "resent@example.test");
    expect(await readInvitationLink(oldToken!)).toEqual({ state: "unknown" });
    await expect(acceptInvitationAsNewUser(oldToken!, { name: "Old Link", password: PASSWORD })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await readInvitationLink(newToken!)).toMatchObject({ state: "open" });
  });

  it("expired, revoked, used and forged links are told apart and refused", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = actorOf(org);
    const expired = await inviteMember(admin, { email: "late@example.test", role: "interviewer" });
    await db().update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, expired.invitationId));
    const revoked = await inviteMember(admin, { email: "withdrawn@example.test", role: "interviewer" });
    await revokeInvitation(admin, revoked.invitationId);
    await inviteMember(admin, { email: "once@example.test", role: "interviewer" });
    const [lateToken] = await invitationTokensFor(org.organization.id, "late@example.test");
    const [withdrawnToken] = await invitationTokensFor(org.organization.id, "withdrawn@example.test");
    const [onceToken] = await invitationTokensFor(org.organization.id, "once@example.test");
    await acceptInvitationAsNewUser(onceToken!, { name: "Once Only", password: PASSWORD });

    expect((await readInvitationLink(lateToken!)).state).toBe("expired");
    expect((await readInvitationLink(withdrawnToken!)).state).toBe("revoked");
    expect((await readInvitationLink(onceToken!)).state).toBe("used");
    expect(await readInvitationLink("forged-token-that-was-never-issued")).toEqual({ state: "unknown" });
    for (const token of [lateToken!, withdrawnToken!, onceToken!, "forged-token-that-was-never-issued"]) {
      await expect(acceptInvitationAsNewUser(token, { name: "Intruder", password: PASSWORD }), token).rejects.toMatchObject({ code: "CONFLICT" });
    }
    expect(await verifyCredentials("late@example.test", PASSWORD, "10.20.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect((await auditTrail(org.organization.id)).map(([action]) => action)).toContain("invitation.revoked");
  });

  it("of two acceptances at once, one succeeds", async () => {
    const org = await createIsolatedOrganization(db());
    await inviteMember(actorOf(org), { email: "race@example.test", role: "interviewer" });
    const [token] = await invitationTokensFor(org.organization.id, "race@example.test");
    const results = await Promise.allSettled([
      acceptInvitationAsNewUser(token!, { name: "First", password: PASSWORD }),
      acceptInvitationAsNewUser(token!, { name: "Second", password: PASSWORD }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a common password, on the password field", async () => {
    const org = await createIsolatedOrganization(db());
    await inviteMember(actorOf(org), { email: "weak@example.test", role: "interviewer" });
    const [token] = await invitationTokensFor(org.organization.id, "weak@example.test");
    await expect(acceptInvitationAsNewUser(token!, { name: "Weak", password: "password1234" })).rejects.toMatchObject({ fieldErrors: { password: [expect.any(String)] } });
    expect((await readInvitationLink(token!)).state).toBe("open");
  });
});

describe("someone who already has an account", () => {
  it("joins a second organisation with their password, keeping the first", async () => {
    const first = await createIsolatedOrganization(db());
    const second = await createIsolatedOrganization(db());
    const person = first.users.hiring_manager;
    await inviteMember(actorOf(second), { email: person.email.toUpperCase(), role: "interviewer" });
    const [token] = await invitationTokensFor(second.organization.id, person.email.toUpperCase());
    expect(await readInvitationLink(token!)).toMatchObject({ state: "open", existingAccount: true });

    await expect(acceptInvitationWithPassword(token!, "not their password", "10.20.0.3")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await acceptInvitationWithPassword(token!, first.password, "10.20.0.3")).toEqual({ email: person.email, organizationSlug: second.organization.slug });
    const sessionId = await startUserSession(person, "password");
    expect((await listMembershipsForSession(person.id, sessionId)).map((m) => [m.organizationId, m.role])).toEqual([
      [first.organization.id, "hiring_manager"],
      [second.organization.id, "interviewer"],
    ]);
  });

  it("cannot use an invitation addressed to someone else", async () => {
    const org = await createIsolatedOrganization(db());
    const other = await createIsolatedOrganization(db());
    await inviteMember(actorOf(org), { email: "someone-else@example.test", role: "admin" });
    const [token] = await invitationTokensFor(org.organization.id, "someone-else@example.test");
    await expect(acceptInvitationAsExistingUser(token!, other.users.interviewer)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await readInvitationLink(token!)).state).toBe("open");
  });
});
