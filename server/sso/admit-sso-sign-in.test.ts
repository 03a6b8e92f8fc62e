import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { listMembershipsForSession } from "@/db/queries/memberships";
import { auditEvents, memberships, users } from "@/db/schema";
import { ssoSettingsSchema } from "@/lib/validation/sso";
import { startUserSession } from "@/server/auth/user-sessions";
import { setupTestDatabase } from "@/test/database";
import { admitSsoSignIn } from "./admit-sso-sign-in";
import { inviteMember } from "@/server/members/invite-member";
import { updateSsoSettings } from "./sso-settings";

vi.stubEnv("AUTH_SECRET", "vitest-auth-secret-0123456789abcdefghijkl");
// These tests save the made-up https://idp.example; server/sso/issuer-address.test.ts proves such issuers are refused without it.
vi.stubEnv("SSO_ALLOW_PRIVATE_ISSUERS", "1");

const db = setupTestDatabase();

async function withSso(options: { enabled?: boolean } = {}) {
  const org = await createIsolatedOrganization(db());
  const domain = `${org.organization.slug}.example`;
  await updateSsoSettings(
    { ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, role: "admin" },
    ssoSettingsSchema.parse({ enabled: options.enabled ?? true, issuer: "https://idp.example", clientId: "c", clientSecret: "s", allowedDomain: domain }),
  );
  return { org, domain };
}

const verified = (email: string, name = "Ann Lee") => ({ sub: `sub-${email}`, email, email_verified: true, name });

async function usersWithEmail(email: string) {
  return db().select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
}

async function membershipOf(org: IsolatedOrganization, userId: string) {
  const [row] = await db()
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organizationId, org.organization.id), eq(memberships.userId, userId)));
  return row ?? null;
}

async function auditOf(org: IsolatedOrganization) {
  const events = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id)).orderBy(auditEvents.id);
  return events.filter((event) => event.action !== "organization.settings_changed").map((event) => [event.action, event.actorLabel, event.details]);
}

describe("a first SSO sign-in", () => {
  it("joins a person with a verified address in the allowed domain as an interviewer, once", async () => {
    const { org, domain } = await withSso();
    const admission = await admitSsoSignIn(org.organization.id, verified(`ann.lee@${domain}`));
    expect(admission).toMatchObject({ ok: true, user: { email: `ann.lee@${domain}`, name: "Ann Lee" } });
    const userId = admission.ok ? admission.user.id : "";
    expect(await membershipOf(org, userId)).toEqual({ role: "interviewer" });

    // The provider sends the address in another case next time: the same person, no second account.
    const again = await admitSsoSignIn(org.organization.id, verified(`Ann.Lee@${domain.toUpperCase()}`));
    expect(again).toMatchObject({ ok: true, user: { id: userId } });
    expect(await usersWithEmail(`ann.lee@${domain}`)).toHaveLength(1);
    expect(await auditOf(org)).toEqual([["member.joined", `ann.lee@${domain}`, { method: "sso", role: "interviewer", through: "allowed_domain" }]]);
  });

  it("refuses another organisation's user, even in the allowed domain or invited: the provider cannot vouch for their account", async () => {
    const { org } = await withSso();
    const other = await createIsolatedOrganization(db());
    // The other organisation's recruiter now has an address in this organisation's domain.
    const email = `moved-${other.organization.slug}@${org.organization.slug}.example`;
    await db().update(users).set({ email }).where(eq(users.id, other.users.recruiter.id));
    expect(await admitSsoSignIn(org.organization.id, verified(email.toUpperCase()))).toEqual({ ok: false, reason: "existing-account" });
    expect(await membershipOf(org, other.users.recruiter.id)).toBeNull();

    // Invited by this organisation's admin: still not through the provider the admin controls.
    const admin = { ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, organizationName: org.organization.name, role: "admin" as const };
    await inviteMember(admin, { email: other.users.admin.email, role: "admin" });
    expect(await admitSsoSignIn(org.organization.id, verified(other.users.admin.email))).toEqual({ ok: false, reason: "existing-account" });
    expect(await membershipOf(org, other.users.admin.id)).toBeNull();
  });

  it("lets an existing member in with their own role, whatever their address's domain", async () => {
    const { org } = await withSso();
    const admission = await admitSsoSignIn(org.organization.id, verified(org.users.recruiter.email));
    expect(admission).toMatchObject({ ok: true, user: { id: org.users.recruiter.id } });
    expect(await membershipOf(org, org.users.recruiter.id)).toEqual({ role: "recruiter" });
  });
});

describe("an invitation and SSO", () => {
  it("an invited address outside the allowed domain joins with the invitation's role, and uses the invitation up", async () => {
    const { org } = await withSso();
    const admin = { ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, organizationName: org.organization.name, role: "admin" as const };
    await inviteMember(admin, { email: "Rita.Recruiter@Agency.example", role: "recruiter" });
    const admitted = await admitSsoSignIn(org.organization.id, verified("rita.recruiter@agency.example", "Rita"));
    expect(admitted.ok).toBe(true);
    const [user] = await usersWithEmail("rita.recruiter@agency.example");
    expect(await membershipOf(org, user!.id)).toEqual({ role: "recruiter" });
    const actions = (await auditOf(org)).map(([action]) => action);
    expect(actions).toEqual(expect.arrayContaining(["invitation.accepted", "member.joined"]));
    // Used once: after leaving, the same person is refused (an account that is no member).
    await db().delete(memberships).where(and(eq(memberships.organizationId, org.organization.id), eq(memberships.userId, user!.id)));
    expect(await admitSsoSignIn(org.organization.id, verified("rita.recruiter@agency.example"))).toEqual({ ok: false, reason: "existing-account" });
  });
});

describe("an SSO sign-in is refused, and the refusal is in the audit log", () => {
  it("for an address outside the allowed domain that is not a member", async () => {
    const { org } = await withSso();
    expect(await admitSsoSignIn(org.organization.id, verified("someone@elsewhere.example"))).toEqual({ ok: false, reason: "not-allowed" });
    // A subdomain is another domain.
    expect(await admitSsoSignIn(org.organization.id, verified(`ann@eu.${org.organization.slug}.example`))).toEqual({ ok: false, reason: "not-allowed" });
    expect(await usersWithEmail("someone@elsewhere.example")).toEqual([]);
    expect((await auditOf(org))[0]).toEqual(["sign_in.failed", "someone@elsewhere.example", { method: "sso", reason: "not-allowed" }]);
  });

  it("for an address the identity provider has not verified, or no address at all", async () => {
    const { org, domain } = await withSso();
    expect(await admitSsoSignIn(org.organization.id, { ...verified(`new@${domain}`), email_verified: false })).toEqual({ ok: false, reason: "unverified-email" });
    expect(await admitSsoSignIn(org.organization.id, { sub: "x", email_verified: true })).toEqual({ ok: false, reason: "no-email" });
    // Entra ID's domain-owner claim counts only when the provider says nothing else about the address.
    expect(await admitSsoSignIn(org.organization.id, { ...verified(`new@${domain}`), email_verified: false, xms_edov: true })).toEqual({ ok: false, reason: "unverified-email" });
    // The verified flag as a string, as some providers send it, counts, and so does Entra ID's domain-owner claim.
    expect(await admitSsoSignIn(org.organization.id, { ...verified(`new@${domain}`), email_verified: "true" })).toMatchObject({ ok: true });
    expect(await admitSsoSignIn(org.organization.id, { sub: "entra", email: `entra@${domain}`, xms_edov: true })).toMatchObject({ ok: true });
    expect((await auditOf(org)).slice(0, 3)).toEqual([
      ["sign_in.failed", `new@${domain}`, { method: "sso", reason: "unverified-email" }],
      ["sign_in.failed", "unknown", { method: "sso", reason: "no-email" }],
      ["sign_in.failed", `new@${domain}`, { method: "sso", reason: "unverified-email" }],
    ]);
  });

  it("for a deactivated member and a disabled user", async () => {
    const { org } = await withSso();
    await db().update(memberships).set({ deactivatedAt: new Date() }).where(eq(memberships.userId, org.users.interviewer.id));
    await db().update(users).set({ disabledAt: new Date() }).where(eq(users.id, org.users.hiring_manager.id));
    expect(await admitSsoSignIn(org.organization.id, verified(org.users.interviewer.email))).toEqual({ ok: false, reason: "deactivated" });
    expect(await admitSsoSignIn(org.organization.id, verified(org.users.hiring_manager.email))).toEqual({ ok: false, reason: "disabled" });
  });

  it("when the organisation's SSO is turned off", async () => {
    const { org, domain } = await withSso({ enabled: false });
    expect(await admitSsoSignIn(org.organization.id, verified(`ann@${domain}`))).toEqual({ ok: false, reason: "unavailable" });
    expect(await usersWithEmail(`ann@${domain}`)).toEqual([]);
  });
});

describe("a session opened by an organisation's SSO", () => {
  it("opens that organisation only, not the person's others", async () => {
    const { org } = await withSso();
    const other = await createIsolatedOrganization(db());
    await db().insert(memberships).values({ organizationId: other.organization.id, userId: org.users.recruiter.id, role: "admin" });

    const passwordSession = await startUserSession(org.users.recruiter, "credentials");
    expect((await listMembershipsForSession(org.users.recruiter.id, passwordSession)).map((m) => m.organizationId).sort()).toEqual(
      [org.organization.id, other.organization.id].sort(),
    );
    const ssoSession = await startUserSession(org.users.recruiter, "sso", { organizationId: org.organization.id });
    expect((await listMembershipsForSession(org.users.recruiter.id, ssoSession)).map((m) => [m.organizationId, m.role])).toEqual([[org.organization.id, "recruiter"]]);

    const [signIn] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "sign_in.succeeded"), sql`${auditEvents.details}->>'method' = 'sso'`, eq(auditEvents.actorUserId, org.users.recruiter.id)));
    expect(signIn).toMatchObject({ organizationId: org.organization.id });
    expect(await db().select().from(auditEvents).where(and(eq(auditEvents.organizationId, other.organization.id), sql`${auditEvents.details}->>'method' = 'sso'`))).toEqual([]);
  });
});
