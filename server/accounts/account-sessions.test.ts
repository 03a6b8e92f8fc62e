import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { auditEvents } from "@/db/schema";
import { argon2Checks } from "@/test/argon2-checks";
import { setupTestDatabase } from "@/test/database";
import { verifyCredentials } from "@/server/auth/credentials";
import { startUserSession } from "@/server/auth/user-sessions";
import { changePassword } from "./change-password";
import { endAllSessions } from "./end-all-sessions";
import { createPasswordResetLink } from "./create-password-reset-link";
import { findPasswordResetLink, resetPassword } from "./reset-password";

vi.mock("@node-rs/argon2", async (original) => (await import("@/test/argon2-checks")).countingArgon2(original));

const db = setupTestDatabase();
const NEW_PASSWORD = "granite meadow lantern sixty";

async function audited(organizationId: string, action: "password.changed" | "sessions.ended") {
  return db().select().from(auditEvents).where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, action)));
}

describe("changing the password", () => {
  it("needs the current password, keeps this session and ends the others", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.recruiter;
    const [here, elsewhere] = [await startUserSession(user, "password"), await startUserSession(user, "password")];
    const colleague = await startUserSession(org.users.admin, "password");
    const account = { userId: user.id, email: user.email, sessionId: here };

    await expect(changePassword(account, { currentPassword: "not it", newPassword: NEW_PASSWORD })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    expect(await listMembershipsForSession(user.id, elsewhere)).toHaveLength(1);

    await expect(changePassword(account, { currentPassword: org.password, newPassword: NEW_PASSWORD })).resolves.toEqual({ sessionsEnded: 1 });
    expect(await listMembershipsForSession(user.id, here)).toHaveLength(1);
    expect(await listMembershipsForSession(user.id, elsewhere)).toEqual([]);
    expect(await listMembershipsForSession(org.users.admin.id, colleague)).toHaveLength(1);
    expect((await verifyCredentials(user.email, org.password, "10.60.0.1")).ok).toBe(false);
    expect((await verifyCredentials(user.email, NEW_PASSWORD, "10.60.0.1")).ok).toBe(true);
    expect(await audited(org.organization.id, "password.changed")).toMatchObject([{ actorUserId: user.id, details: { sessionsEnded: 1 } }]);
  });

  it("refuses a common new password, or the same one again, on the new password's field", async () => {
    const org = await createIsolatedOrganization(db());
    const account = { userId: org.users.admin.id, email: org.users.admin.email, sessionId: await startUserSession(org.users.admin, "password") };
    await expect(changePassword(account, { currentPassword: org.password, newPassword: "qwertyuiop123" })).rejects.toMatchObject({
      fieldErrors: { newPassword: [expect.stringContaining("most common")] },
    });
    await expect(changePassword(account, { currentPassword: org.password, newPassword: org.password })).rejects.toMatchObject({
      fieldErrors: { newPassword: ["Choose a password different from the current one."] },
    });
    expect((await verifyCredentials(org.users.admin.email, org.password, "10.60.0.2")).ok).toBe(true);
  });

  it("stops guessing the current password after five wrong tries, even with the right one", async () => {
    const org = await createIsolatedOrganization(db());
    const account = { userId: org.users.interviewer.id, email: org.users.interviewer.email, sessionId: await startUserSession(org.users.interviewer, "password") };
    for (let i = 0; i < 5; i++) {
      await expect(changePassword(account, { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(changePassword(account, { currentPassword: org.password, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: "RATE_LIMITED" });
  });

  it("counts guesses sent all at once: of thirty wrong current passwords together at most five are checked, then the right one is refused", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.hiring_manager;
    const account = { userId: user.id, email: user.email, sessionId: await startUserSession(user, "password") };
    const checks = await argon2Checks(() =>
      Promise.allSettled(Array.from({ length: 30 }, (_, i) => changePassword(account, { currentPassword: `guess-${i}`, newPassword: NEW_PASSWORD }))),
    );
    expect(checks.calls).toBeLessThanOrEqual(5);
    const codes = checks.result.map((result) => (result.status === "rejected" ? (result.reason as { code?: string }).code : "changed"));
    expect(codes.filter((code) => code === "VALIDATION").length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === "RATE_LIMITED").length).toBeGreaterThanOrEqual(25);
    await expect(changePassword(account, { currentPassword: org.password, newPassword: NEW_PASSWORD })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect((await verifyCredentials(user.email, org.password, "10.60.0.3")).ok).toBe(true);
  });

  it("voids every reset link the person still has: whoever reads their old mail cannot set the password back", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.admin;
    const tokens = [await createPasswordResetLink({ email: user.email }), await createPasswordResetLink({ email: user.email })].map((link) => link.url.split("/").at(-1)!);
    const account = { userId: user.id, email: user.email, sessionId: await startUserSession(user, "password") };
    await changePassword(account, { currentPassword: org.password, newPassword: NEW_PASSWORD });
    for (const token of tokens) {
      expect(await findPasswordResetLink(token)).toBeNull();
      await expect(resetPassword({ token, password: "attacker chosen passphrase" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await verifyCredentials(user.email, NEW_PASSWORD, "10.60.0.4")).ok).toBe(true);
  });
});

describe("signing out of all devices", () => {
  it("ends every session of the person, this one included, and nobody else's", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.hiring_manager;
    const sessions = [await startUserSession(user, "password"), await startUserSession(user, "password")];
    const colleague = await startUserSession(org.users.recruiter, "password");
    await expect(endAllSessions({ userId: user.id, email: user.email })).resolves.toEqual({ sessionsEnded: 2 });
    for (const session of sessions) expect(await listMembershipsForSession(user.id, session)).toEqual([]);
    expect(await listMembershipsForSession(org.users.recruiter.id, colleague)).toHaveLength(1);
    expect(await audited(org.organization.id, "sessions.ended")).toMatchObject([{ actorUserId: user.id, details: { sessionsEnded: 2 } }]);
  });
});
