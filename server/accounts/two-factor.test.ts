import { and, eq, sql } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { auditEvents, users, userSessions, userTwoFactor } from "@/db/schema";
import { unseal } from "@/lib/auth/secret-box";
import { setupTestDatabase } from "@/test/database";
import { challengeEmail, completeSecondFactor, secondFactorChallenge } from "@/server/auth/two-factor-sign-in";
import { startUserSession } from "@/server/auth/user-sessions";
import { changePassword } from "./change-password";
import { verifySecondFactor } from "./second-factor";
import { confirmTwoFactorEnrolment, getTwoFactorSetup, removeTwoFactor, startTwoFactorEnrolment } from "./two-factor";
import { updateTwoFactorRequirement } from "./update-two-factor-requirement";

const db = setupTestDatabase();

/** The code an authenticator app shows `offsetSteps` periods from now. */
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });

const PASSWORD = "correct horse battery";

/** A signed-in browser of this user, as the account page's actions see it. */
async function signedIn(user: { id: string; email: string }) {
  return { userId: user.id, email: user.email, sessionId: await startUserSession(user, "password") };
}

/** Enrols the user as the account page does, returning the secret (as the app would read it) and the recovery codes. */
async function enrol(user: { id: string; email: string }, proof: { currentPassword?: string } = { currentPassword: PASSWORD }) {
  const account = await signedIn(user);
  await startTwoFactorEnrolment(account, proof);
  const setup = await getTwoFactorSetup(account);
  if (setup.status !== "pending") throw new Error("enrolment did not start");
  const secret = setup.secret.replace(/\s/g, "");
  const enrolmentCode = await codeAt(secret);
  const { recoveryCodes } = await confirmTwoFactorEnrolment(account, enrolmentCode);
  return { account, secret, recoveryCodes, enrolmentCode };
}

/** The organisation's two-factor entries in its audit log, oldest first. */
async function auditActions(org: IsolatedOrganization) {
  const rows = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id)).orderBy(auditEvents.id);
  return rows.map((row) => row.action).filter((action) => action.startsWith("two_factor."));
}

describe("two-factor enrolment", () => {
  it("shows a QR code and a key, stores the secret encrypted, and turns on only with a right code", async () => {
    const org = await createIsolatedOrganization(db());
    const account = await signedIn(org.users.recruiter);
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
    await startTwoFactorEnrolment(account, { currentPassword: org.password });
    const setup = await getTwoFactorSetup(account);
    if (setup.status !== "pending") throw new Error("expected a pending enrolment");
    expect(setup.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = setup.secret.replace(/\s/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const [row] = await db().select().from(userTwoFactor).where(eq(userTwoFactor.userId, account.userId));
    expect(row!.secretCiphertext).not.toContain(secret);
    expect(unseal(row!.secretCiphertext, "totp-secret")).toBe(secret);

    await expect(confirmTwoFactorEnrolment(account, "000000")).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { code: [expect.any(String)] } });
    expect((await getTwoFactorSetup(account)).status).toBe("pending");

    const { recoveryCodes } = await confirmTwoFactorEnrolment(account, await codeAt(secret));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    expect(await getTwoFactorSetup(account)).toMatchObject({ status: "on", recoveryCodesLeft: 10 });
    expect(await auditActions(org)).toEqual(["two_factor.enrolled"]);
    // A confirmed authenticator is not replaced by starting again.
    await expect(startTwoFactorEnrolment(account, { currentPassword: org.password })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("starts only with the current password; wrong ones count with the password form's, five lock both", async () => {
    const org = await createIsolatedOrganization(db());
    const account = await signedIn(org.users.hiring_manager);
    await expect(startTwoFactorEnrolment(account, {})).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { currentPassword: ["Enter your current password."] } });
    for (let i = 0; i < 3; i++) {
      await expect(startTwoFactorEnrolment(account, { currentPassword: `guess ${i}` })).rejects.toMatchObject({
        code: "VALIDATION",
        fieldErrors: { currentPassword: ["That is not your current password."] },
      });
    }
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
    await expect(changePassword(account, { currentPassword: "guess 3", newPassword: "willow harbour copper nine" })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(startTwoFactorEnrolment(account, { currentPassword: "guess 4" })).rejects.toMatchObject({ code: "VALIDATION" });
    // The fifth wrong password locked the check: the right one is refused too, for 15 minutes.
    await expect(startTwoFactorEnrolment(account, { currentPassword: org.password })).rejects.toMatchObject({ code: "RATE_LIMITED" });
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
  });

  it("shows a started setup's key for ten minutes only; then it must be started again, with the password", async () => {
    const org = await createIsolatedOrganization(db());
    const account = await signedIn(org.users.interviewer);
    await startTwoFactorEnrolment(account, { currentPassword: org.password });
    const setup = await getTwoFactorSetup(account);
    if (setup.status !== "pending") throw new Error("expected a pending enrolment");
    await db().update(userTwoFactor).set({ createdAt: sql`now() - interval '11 minutes'` }).where(eq(userTwoFactor.userId, account.userId));
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
    await expect(confirmTwoFactorEnrolment(account, await codeAt(setup.secret.replace(/\s/g, "")))).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("two-factor for an account without a password (single sign-on only)", () => {
  it("sets up and turns off within ten minutes of signing in, and not after", async () => {
    const org = await createIsolatedOrganization(db());
    const user = org.users.recruiter;
    await db().update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
    const { account } = await enrol(user, {});
    expect(await getTwoFactorSetup(account)).toMatchObject({ status: "on" });

    await db().update(userSessions).set({ createdAt: sql`now() - interval '11 minutes'` }).where(eq(userSessions.id, account.sessionId));
    await expect(removeTwoFactor(account, {})).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "For your security, sign out and sign in again with single sign-on, then do this within 10 minutes.",
    });
    expect(await getTwoFactorSetup(account)).toMatchObject({ status: "on" });

    const freshSession = { ...account, sessionId: await startUserSession(user, "sso") };
    await removeTwoFactor(freshSession, {});
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
    await db().update(userSessions).set({ createdAt: sql`now() - interval '11 minutes'` }).where(eq(userSessions.id, freshSession.sessionId));
    await expect(startTwoFactorEnrolment(freshSession, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    const [removed] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "two_factor.removed")));
    expect(removed).toMatchObject({ details: { proof: "recent_sign_in" } });
  });
});

describe("second factor codes", () => {
  it("refuses a code replayed within its window, and one older than the last used", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, secret, enrolmentCode } = await enrol(org.users.admin);
    // The enrolment code itself cannot be used again.
    expect(await verifySecondFactor(account.userId, enrolmentCode)).toEqual({ ok: false, reason: "invalid" });
    const next = await codeAt(secret, 1);
    expect(await verifySecondFactor(account.userId, next)).toEqual({ ok: true, method: "totp" });
    expect(await verifySecondFactor(account.userId, next)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(account.userId, await codeAt(secret, -1))).toEqual({ ok: false, reason: "invalid" });
  });

  it("of two requests racing with one code, exactly one is accepted", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, secret } = await enrol(org.users.recruiter);
    const code = await codeAt(secret, 1);
    const results = await Promise.all([verifySecondFactor(account.userId, code), verifySecondFactor(account.userId, code)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("accepts each recovery code once, whatever its case and dashes", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, recoveryCodes } = await enrol(org.users.interviewer);
    const [first, second] = recoveryCodes;
    expect(await verifySecondFactor(account.userId, first!.toUpperCase().replace(/-/g, " "))).toEqual({ ok: true, method: "recovery_code" });
    expect(await verifySecondFactor(account.userId, first!)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(account.userId, second!)).toEqual({ ok: true, method: "recovery_code" });
    expect(await getTwoFactorSetup(account)).toMatchObject({ recoveryCodesLeft: 8 });
    // Another user's recovery code is no code for this one.
    const other = await enrol(org.users.hiring_manager);
    expect(await verifySecondFactor(account.userId, other.recoveryCodes[0]!)).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks code attempts after five wrong ones, even against a right code", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, secret } = await enrol(org.users.admin);
    for (let i = 0; i < 5; i++) expect(await verifySecondFactor(account.userId, `00000${i}`)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(account.userId, await codeAt(secret, 1))).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
  });

  it("counts codes sent all at once: thirty guesses together get at most five checked", async () => {
    const org = await createIsolatedOrganization(db());
    const { account } = await enrol(org.users.recruiter);
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => verifySecondFactor(account.userId, String(100_000 + i))));
    expect(results.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThanOrEqual(5);
    expect(results.filter((result) => !result.ok && result.reason === "throttled").length).toBeGreaterThanOrEqual(25);
  });
});

describe("signing in with two-factor", () => {
  it("asks for a code after the password, and opens the session only with a right one", async () => {
    const org = await createIsolatedOrganization(db());
    expect(await secondFactorChallenge(org.users.recruiter.id)).toBeNull();
    const { secret } = await enrol(org.users.admin);
    const challenge = (await secondFactorChallenge(org.users.admin.id))!;
    expect(challenge).toEqual(expect.any(String));
    expect(await completeSecondFactor(challenge, "123456", "10.61.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await completeSecondFactor(challenge, await codeAt(secret, 1), "10.61.0.1")).toEqual({ ok: true, user: org.users.admin, method: "totp" });
    const failed = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "sign_in.failed")));
    expect(failed).toMatchObject([{ ip: "10.61.0.1", details: { reason: "wrong_code" } }]);
  });

  it("after single sign-on, asks for the code too, and carries the organisation the session may open", async () => {
    const org = await createIsolatedOrganization(db());
    expect(await secondFactorChallenge(org.users.interviewer.id, { organizationId: org.organization.id })).toBeNull();
    const { secret } = await enrol(org.users.interviewer);
    const challenge = (await secondFactorChallenge(org.users.interviewer.id, { organizationId: org.organization.id }))!;
    expect(await challengeEmail(challenge)).toBe(org.users.interviewer.email);
    expect(await completeSecondFactor(challenge, await codeAt(secret, 1), "10.61.0.3")).toEqual({
      ok: true,
      user: org.users.interviewer,
      method: "totp",
      organizationId: org.organization.id,
    });
    expect(await challengeEmail("forged.challenge")).toBeNull();
  });

  it("refuses a forged challenge, and one earned with a password since changed", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, secret, recoveryCodes } = await enrol(org.users.recruiter);
    const challenge = (await secondFactorChallenge(account.userId))!;
    const [body, mac] = challenge.split(".");
    const forgedBody = Buffer.from(Buffer.from(body!, "base64url").toString().replace(account.userId, org.users.admin.id)).toString("base64url");
    expect(await completeSecondFactor(`${forgedBody}.${mac}`, recoveryCodes[0]!, "10.61.0.2")).toEqual({ ok: false, reason: "expired" });

    await changePassword({ ...account, sessionId: await startUserSession(org.users.recruiter, "password") }, { currentPassword: org.password, newPassword: "willow harbour copper nine" });
    expect(await completeSecondFactor(challenge, await codeAt(secret, 1), "10.61.0.2")).toEqual({ ok: false, reason: "expired" });
  });
});

describe("turning two-factor off", () => {
  it("needs the current password, not a code from the app, and records it", async () => {
    const org = await createIsolatedOrganization(db());
    const { account, secret } = await enrol(org.users.admin);
    await expect(removeTwoFactor(account, { currentPassword: "not my password" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currentPassword: ["That is not your current password."] },
    });
    await expect(removeTwoFactor(account, { currentPassword: await codeAt(secret, 1) })).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(removeTwoFactor(account, {})).rejects.toMatchObject({ fieldErrors: { currentPassword: ["Enter your current password."] } });
    expect((await getTwoFactorSetup(account)).status).toBe("on");
    await removeTwoFactor(account, { currentPassword: org.password });
    expect(await getTwoFactorSetup(account)).toEqual({ status: "off" });
    expect(await secondFactorChallenge(org.users.admin.id)).toBeNull();
    expect(await auditActions(org)).toEqual(["two_factor.enrolled", "two_factor.removed"]);
    const [removed] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "two_factor.removed")));
    expect(removed).toMatchObject({ details: { proof: "password" } });
  });
});

describe("the organisation's two-factor rule", () => {
  it("is set by admins only, and marks members without two-factor until they enrol", async () => {
    const org = await createIsolatedOrganization(db());
    const admin = { ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, role: "admin" as const };
    const recruiter = { ...org.users.recruiter, userId: org.users.recruiter.id, organizationId: org.organization.id, role: "recruiter" as const };
    await expect(updateTwoFactorRequirement(recruiter, true)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Not before the admin has two-factor themselves.
    await expect(updateTwoFactorRequirement(admin, true)).rejects.toMatchObject({ code: "CONFLICT" });
    await enrol(org.users.admin);

    const session = await startUserSession(org.users.interviewer, "password");
    expect((await listMembershipsForSession(org.users.interviewer.id, session))[0]).toMatchObject({ requireTwoFactor: false, twoFactorConfirmedAt: null });
    await updateTwoFactorRequirement(admin, true);
    expect((await listMembershipsForSession(org.users.interviewer.id, session))[0]).toMatchObject({ requireTwoFactor: true, twoFactorConfirmedAt: null });
    await enrol(org.users.interviewer);
    expect((await listMembershipsForSession(org.users.interviewer.id, session))[0]).toMatchObject({ requireTwoFactor: true, twoFactorConfirmedAt: expect.any(Date) });
    const [entry] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.organization.id), eq(auditEvents.action, "organization.settings_changed")));
    expect(entry).toMatchObject({ actorUserId: admin.id, details: { requireTwoFactor: true } });
  });
});
