import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { auditEvents, emailOutbox, passwordResetTokens, users } from "@/db/schema";
import { runQueuedJobs, setupAppQueues } from "@/test/background-jobs/run-queued";
import { setupTestDatabase } from "@/test/database";
import { statementsOf } from "@/test/sql-statements";
import { verifyCredentials } from "@/server/auth/credentials";
import { startUserSession } from "@/server/auth/user-sessions";
import { createPasswordResetLink } from "./create-password-reset-link";
import { requestPasswordReset } from "./request-password-reset";
import { hashResetToken } from "./reset-links";
import { findPasswordResetLink, resetPassword } from "./reset-password";
import { sendPasswordResetLink } from "./send-password-reset";

const db = setupTestDatabase();
setupAppQueues();
const NEW_PASSWORD = "lantern orchard velvet compass";
const freshIp = () => `10.77.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

/** Asks for a reset link as the forgot-password page does, then lets the background job do its part. */
async function forgotPassword(input: { email: string; ip: string }) {
  await requestPasswordReset(input);
  await runQueuedJobs("accounts.password-reset");
}

async function mailTo(address: string) {
  return db().select().from(emailOutbox).where(eq(emailOutbox.to, address));
}

/** The token in the link of the latest reset email to `address`. */
async function tokenMailedTo(address: string): Promise<string> {
  const mails = await mailTo(address);
  const match = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mails.at(-1)!.text);
  return match![1]!;
}

describe("forgot password", () => {
  it("emails a one-hour link, outside the organisation's mail, and records the request", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.recruiter;
    await forgotPassword({ email: user.email.toUpperCase(), ip: freshIp() });

    const [mail] = await mailTo(user.email);
    expect(mail).toMatchObject({ subject: "Reset your Candor password", organizationId: null, status: "pending" });
    expect(mail!.text).toContain("http://localhost:3000/reset-password/");
    const token = await tokenMailedTo(user.email);
    const [row] = await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    // Only the hash is stored; the link holds 32 random bytes.
    expect(row!.tokenHash).toBe(hashResetToken(token));
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThan(59 * 60_000);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(60 * 60_000 + 1000);
    const audit = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    expect(audit.map((e) => [e.action, e.targetId])).toEqual([["password.reset_requested", user.id]]);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const org = await createIsolatedOrganization(db());
    const unknown = `nobody-${org.organization.slug}@candor.test`;
    const ip = freshIp();
    await expect(requestPasswordReset({ email: unknown, ip })).resolves.toBeUndefined();
    await expect(requestPasswordReset({ email: org.users.admin.email, ip })).resolves.toBeUndefined();
    expect(await runQueuedJobs("accounts.password-reset")).toBe(2);
    expect(await mailTo(unknown)).toEqual([]);
    expect(await mailTo(org.users.admin.email)).toHaveLength(1);
  });

  it("limits requests per address, known or not, with the same refusal", async () => {
    const org = await createIsolatedOrganization(db());
    const unknown = `ghost-${org.organization.slug}@candor.test`;
    for (const email of [org.users.interviewer.email, unknown]) {
      for (let i = 0; i < 3; i++) await forgotPassword({ email, ip: freshIp() });
      await expect(requestPasswordReset({ email, ip: freshIp() })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    }
    expect(await mailTo(org.users.interviewer.email)).toHaveLength(3);
  });

  it("limits requests per client address across many addresses", async () => {
    const org = await createIsolatedOrganization(db());
    const ip = freshIp();
    for (let i = 0; i < 20; i++) await requestPasswordReset({ email: `probe-${i}-${org.organization.slug}@candor.test`, ip });
    await expect(requestPasswordReset({ email: org.users.admin.email, ip })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await runQueuedJobs("accounts.password-reset");
    expect(await mailTo(org.users.admin.email)).toEqual([]);
  });

  it("counts every address of one IPv6 /64 as one client", async () => {
    const org = await createIsolatedOrganization(db());
    const prefix = `2001:db8:${randomBytes(2).toString("hex")}:1`;
    for (let i = 0; i < 20; i++) await requestPasswordReset({ email: `probe-${i}-${org.organization.slug}@candor.test`, ip: `${prefix}::${i + 1}` });
    await expect(requestPasswordReset({ email: org.users.admin.email, ip: `${prefix}:ffff::9` })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(requestPasswordReset({ email: org.users.admin.email, ip: `::ffff:${freshIp()}` })).resolves.toBeUndefined();
  });

  it("does the same work while the visitor waits for a known address as for an unknown one: the account is looked up later", async () => {
    const org = await createIsolatedOrganization(db());
    const known = org.users.recruiter.email;
    const unknown = `nobody-${org.organization.slug}@candor.test`;
    await runQueuedJobs("accounts.password-reset"); // what earlier tests left queued
    // Each address asked for once before, so both limits' counters exist for both (the same statements).
    for (const email of [known, unknown]) await requestPasswordReset({ email, ip: "10.78.0.1" });
    const forKnown = await statementsOf(() => requestPasswordReset({ email: known, ip: "10.78.0.1" }));
    const forUnknown = await statementsOf(() => requestPasswordReset({ email: unknown, ip: "10.78.0.1" }));
    expect(forKnown.length).toBeGreaterThan(0);
    expect(forUnknown).toEqual(forKnown);
    // Nothing about the account was read or written yet: no link, no email, no audit entry.
    expect(await mailTo(known)).toEqual([]);
    expect(await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, org.users.recruiter.id))).toEqual([]);
    expect(await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id))).toEqual([]);

    expect(await runQueuedJobs("accounts.password-reset")).toBe(4);
    expect(await mailTo(known)).toHaveLength(2);
    expect(await mailTo(unknown)).toEqual([]);
  });

  it("a job run again (after a crash) sends no second link", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.interviewer;
    const request = { email: user.email, ip: "10.79.0.1", userAgent: null };
    await sendPasswordResetLink(request, "0f2b7c4e-1111-4d6a-9a51-1d6f1f0c1a01");
    await sendPasswordResetLink(request, "0f2b7c4e-1111-4d6a-9a51-1d6f1f0c1a01");
    expect(await mailTo(user.email)).toHaveLength(1);
    expect(await db().select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id))).toHaveLength(1);
    await sendPasswordResetLink(request, "0f2b7c4e-2222-4d6a-9a51-1d6f1f0c1a02");
    expect(await mailTo(user.email)).toHaveLength(2);
  });

  it("sends nothing to a disabled user", async () => {
    const org = await createIsolatedOrganization(db());
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, org.users.admin.id));
    await forgotPassword({ email: org.users.admin.email, ip: freshIp() });
    expect(await mailTo(org.users.admin.email)).toEqual([]);
  });
});

describe("resetting the password with the link", () => {
  it("sets the new password, ends every session, and works only once", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.hiring_manager;
    const [laptop, phone] = [await startUserSession(user, "password"), await startUserSession(user, "password")];
    await forgotPassword({ email: user.email, ip: freshIp() });
    const token = await tokenMailedTo(user.email);
    expect(await findPasswordResetLink(token)).toEqual({ email: user.email });

    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toEqual({ email: user.email });
    expect(await listMembershipsForSession(user.id, laptop)).toEqual([]);
    expect(await listMembershipsForSession(user.id, phone)).toEqual([]);
    expect((await verifyCredentials(user.email, org.password, freshIp())).ok).toBe(false);
    expect((await verifyCredentials(user.email, NEW_PASSWORD, freshIp())).ok).toBe(true);

    expect(await findPasswordResetLink(token)).toBeNull();
    await expect(resetPassword({ token, password: "another long passphrase" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await verifyCredentials(user.email, NEW_PASSWORD, freshIp())).ok).toBe(true);
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "password.reset")));
    expect(audit).toMatchObject([{ actorUserId: user.id, targetId: user.id, details: { sessionsEnded: 2 } }]);
  });

  it("refuses an expired link and a forged one", async () => {
    const org = await createIsolatedOrganization(db());
    const { url } = await createPasswordResetLink({ email: org.users.admin.email });
    const token = url.split("/").at(-1)!;
    await db().update(passwordResetTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(passwordResetTokens.tokenHash, hashResetToken(token)));
    expect(await findPasswordResetLink(token)).toBeNull();
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resetPassword({ token: randomBytes(32).toString("base64url"), password: NEW_PASSWORD })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await verifyCredentials(org.users.admin.email, org.password, freshIp())).ok).toBe(true);
  });

  it("of two submissions racing with one link, exactly one sets its password", async () => {
    const org = await createIsolatedOrganization(db());
    const { url } = await createPasswordResetLink({ userId: org.users.recruiter.id });
    const token = url.split("/").at(-1)!;
    const results = await Promise.allSettled([
      resetPassword({ token, password: "first racing passphrase" }),
      resetPassword({ token, password: "second racing passphrase" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("refuses a common password on the field, and keeps the link usable", async () => {
    const org = await createIsolatedOrganization(db());
    const { url } = await createPasswordResetLink({ email: org.users.admin.email });
    const token = url.split("/").at(-1)!;
    await expect(resetPassword({ token, password: "password1234" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: [expect.stringContaining("most common")] },
    });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toBeDefined();
  });

  it("a reset voids the user's other outstanding links", async () => {
    const org = await createIsolatedOrganization(db());
    const first = (await createPasswordResetLink({ email: org.users.admin.email })).url.split("/").at(-1)!;
    const second = (await createPasswordResetLink({ email: org.users.admin.email })).url.split("/").at(-1)!;
    await resetPassword({ token: second, password: NEW_PASSWORD });
    expect(await findPasswordResetLink(first)).toBeNull();
    await expect(resetPassword({ token: first, password: "attacker chosen passphrase" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await verifyCredentials(org.users.admin.email, NEW_PASSWORD, freshIp())).ok).toBe(true);
  });
});

describe("createPasswordResetLink (for the CLI)", () => {
  it("returns a link under APP_URL, records who asked, and refuses unknown users", async () => {
    const org = await createIsolatedOrganization(db());
    const link = await createPasswordResetLink({ email: org.users.interviewer.email }, { actor: { label: "cli" } });
    expect(link).toMatchObject({ userId: org.users.interviewer.id, email: org.users.interviewer.email });
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    const [entry] = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id));
    expect(entry).toMatchObject({ action: "password.reset_requested", actorLabel: "cli", details: { via: "link" } });
    await expect(createPasswordResetLink({ email: `nobody-${org.organization.slug}@candor.test` })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
