import { describe, expect, it } from "vitest";
import { createIsolatedOrganization } from "@/db/fixtures";
import { setupTestDatabase } from "@/test/database";
import { verifyCredentials } from "./credentials";

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
});
