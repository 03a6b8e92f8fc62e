import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { setupTestDatabase } from "@/test/database";
import { argon2Checks } from "@/test/argon2-checks";
import { verifyCredentials } from "./credentials";

vi.mock("@node-rs/argon2", async (original) => (await import("@/test/argon2-checks")).countingArgon2(original));

const db = setupTestDatabase();

describe("verifyCredentials", () => {
  it("accepts the right password, whatever the email's case", async () => {
    const org = await createIsolatedOrganization(db());
    const result = await verifyCredentials(org.users.recruiter.email.toUpperCase(), org.password, "10.0.0.1");
    expect(result).toEqual({ ok: true, user: org.users.recruiter });
  });

  it("gives a wrong password and an unknown email the same answer", async () => {
    const org = await createIsolatedOrganization(db());
    expect(await verifyCredentials(org.users.admin.email, "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(`ghost-${org.organization.slug}@candor.test`, "wrong", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an email after five failures, even against the right password, without touching other emails", async () => {
    const org = await createIsolatedOrganization(db());
    for (let i = 0; i < 5; i++) await verifyCredentials(org.users.interviewer.email, `wrong-${i}`, `10.1.0.${i}`);
    const locked = await verifyCredentials(org.users.interviewer.email, org.password, "10.1.0.99");
    expect(locked).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
    expect((await verifyCredentials(org.users.admin.email, org.password, "10.1.0.99")).ok).toBe(true);
  });

  it("locks an address after fifty failures across many emails", async () => {
    const org = await createIsolatedOrganization(db());
    const ip = `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 50; i++) await verifyCredentials(`probe-${i}-${org.organization.slug}@candor.test`, "x", ip);
    expect(await verifyCredentials(org.users.admin.email, org.password, ip)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await verifyCredentials(org.users.admin.email, org.password, "10.3.0.1")).ok).toBe(true);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const org = await createIsolatedOrganization(db());
    for (let i = 0; i < 4; i++) await verifyCredentials(org.users.admin.email, "wrong", "10.4.0.1");
    expect((await verifyCredentials(org.users.admin.email, org.password, "10.4.0.1")).ok).toBe(true);
    for (let i = 0; i < 4; i++) await verifyCredentials(org.users.admin.email, "wrong", "10.4.0.1");
    expect((await verifyCredentials(org.users.admin.email, org.password, "10.4.0.1")).ok).toBe(true);
  });

  it("counts guesses sent all at once: of thirty wrong passwords together at most five are checked, then the right one is refused", async () => {
    const org = await createIsolatedOrganization(db());
    const email = org.users.hiring_manager.email;
    const checks = await argon2Checks(() => Promise.all(Array.from({ length: 30 }, (_, i) => verifyCredentials(email, `guess-${i}`, "10.5.0.1"))));
    expect(checks.calls).toBeLessThanOrEqual(5);
    expect(checks.result.filter((result) => !result.ok && result.reason === "invalid").length).toBeLessThanOrEqual(5);
    expect(checks.result.filter((result) => !result.ok && result.reason === "throttled").length).toBeGreaterThanOrEqual(25);
    expect(await verifyCredentials(email, org.password, "10.5.0.2")).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
  });

  it("counts only failures against the address: its own members signing in do not lock it", async () => {
    const org = await createIsolatedOrganization(db());
    const ip = `10.6.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 45; i++) await verifyCredentials(`probe-${i}-${org.organization.slug}@candor.test`, "x", ip);
    for (const user of Object.values(org.users)) expect((await verifyCredentials(user.email, org.password, ip)).ok).toBe(true);
    for (let i = 45; i < 50; i++) expect(await verifyCredentials(`probe-${i}-${org.organization.slug}@candor.test`, "x", ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(org.users.admin.email, org.password, ip)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("counts every address of one IPv6 /64 as one client", async () => {
    const org = await createIsolatedOrganization(db());
    const prefix = `2001:db8:${Math.floor(Math.random() * 0xffff).toString(16)}:7`;
    for (let i = 0; i < 50; i++) await verifyCredentials(`probe-${i}-${org.organization.slug}@candor.test`, "x", `${prefix}::${(i + 1).toString(16)}`);
    expect(await verifyCredentials(org.users.admin.email, org.password, `${prefix}:abcd::1`)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await verifyCredentials(org.users.admin.email, org.password, `${prefix.replace(/:7$/, ":8")}::1`)).ok).toBe(true);
  });
});
