import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { auditEvents, organizationSso } from "@/db/schema";
import { ssoSettingsSchema, type SsoSettingsInput } from "@/lib/validation/sso";
import { setupTestDatabase } from "@/test/database";
import { findSsoOrganization } from "./find-sso-organization";
import { getSsoSettings, updateSsoSettings } from "./sso-settings";

// Read once by env(), before anything opens the database.
vi.stubEnv("AUTH_SECRET", "vitest-auth-secret-0123456789abcdefghijkl");
// These tests save a provider on 127.0.0.1; server/sso/issuer-address.test.ts proves such issuers are refused without it.
vi.stubEnv("SSO_ALLOW_PRIVATE_ISSUERS", "1");

const db = setupTestDatabase();

const admin = (org: IsolatedOrganization) => ({ ...org.users.admin, userId: org.users.admin.id, organizationId: org.organization.id, role: "admin" as const });
const save = (org: IsolatedOrganization, input: Partial<SsoSettingsInput> = {}) =>
  updateSsoSettings(
    admin(org),
    ssoSettingsSchema.parse({
      enabled: true,
      issuer: "http://127.0.0.1:3259",
      clientId: "candor-client",
      clientSecret: "idp-secret-value",
      allowedDomain: `${org.organization.slug}.example`,
      ...input,
    }),
  );

describe("Settings → Single sign-on", () => {
  it("stores the client secret encrypted, never shows it back, and keeps it when the field is left empty", async () => {
    const org = await createIsolatedOrganization(db());
    await save(org);
    const [stored] = await db().select().from(organizationSso).where(eq(organizationSso.organizationId, org.organization.id));
    expect(stored!.clientSecretSealed).not.toContain("idp-secret-value");

    const view = await getSsoSettings(admin(org));
    expect(view).toEqual({
      enabled: true,
      issuer: "http://127.0.0.1:3259",
      clientId: "candor-client",
      allowedDomain: `${org.organization.slug}.example`,
      clientSecret: "set",
      redirectUri: `http://localhost:3000/api/auth/callback/oidc-${org.organization.id}`,
    });
    expect(JSON.stringify(view)).not.toContain("idp-secret-value");

    await save(org, { clientSecret: "", clientId: "renamed-client", enabled: false });
    const [kept] = await db().select().from(organizationSso).where(eq(organizationSso.organizationId, org.organization.id));
    expect(kept).toMatchObject({ clientId: "renamed-client", enabled: false, clientSecretSealed: stored!.clientSecretSealed });
  });

  it("needs a client secret the first time", async () => {
    const org = await createIsolatedOrganization(db());
    await expect(save(org, { clientSecret: "" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { clientSecret: ["Enter the client secret your identity provider gave Candor."] },
    });
  });

  it("refuses a plain-http issuer that is not on this machine, even in tests and past the form's own check", async () => {
    const org = await createIsolatedOrganization(db());
    const input = { enabled: true, issuer: "http://idp.example.com", clientId: "c", clientSecret: "s", allowedDomain: null };
    await expect(updateSsoSettings(admin(org), input)).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { issuer: ["The issuer URL must start with https://."] },
    });
  });

  it("gives a domain to one organisation only, whatever its case", async () => {
    const [first, second] = await Promise.all([createIsolatedOrganization(db()), createIsolatedOrganization(db())]);
    await save(first, { allowedDomain: `shared-${first.organization.slug}.example` });
    await expect(save(second, { allowedDomain: `SHARED-${first.organization.slug}.Example` })).rejects.toMatchObject({
      fieldErrors: { allowedDomain: ["Another organisation on this Candor already signs in with single sign-on for this domain."] },
    });
  });

  it("is for admins only", async () => {
    const org = await createIsolatedOrganization(db());
    const recruiter = { ...org.users.recruiter, userId: org.users.recruiter.id, organizationId: org.organization.id, role: "recruiter" as const };
    await expect(getSsoSettings(recruiter)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateSsoSettings(recruiter, ssoSettingsSchema.parse({ issuer: "https://idp.example", clientId: "x", clientSecret: "y", allowedDomain: "" }))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db().select().from(organizationSso).where(eq(organizationSso.organizationId, org.organization.id))).toEqual([]);
  });

  it("records each change in the audit log, without the secret", async () => {
    const org = await createIsolatedOrganization(db());
    await save(org);
    await save(org, { clientSecret: "", enabled: false });
    const events = await db().select().from(auditEvents).where(eq(auditEvents.organizationId, org.organization.id)).orderBy(auditEvents.id);
    expect(events.map((event) => [event.action, event.actorLabel, event.details])).toEqual([
      [
        "organization.settings_changed",
        org.users.admin.email,
        { setting: "single_sign_on", enabled: true, issuer: "http://127.0.0.1:3259", allowedDomain: `${org.organization.slug}.example`, clientIdChanged: true, clientSecretChanged: true },
      ],
      [
        "organization.settings_changed",
        org.users.admin.email,
        { setting: "single_sign_on", enabled: false, issuer: "http://127.0.0.1:3259", allowedDomain: `${org.organization.slug}.example`, clientIdChanged: false, clientSecretChanged: false },
      ],
    ]);
    expect(JSON.stringify(events)).not.toContain("idp-secret-value");
  });
});

describe("Sign in with SSO: finding the organisation", () => {
  it("by a work email in its domain, whatever the case, or by its Candor ID; only while SSO is on", async () => {
    const org = await createIsolatedOrganization(db());
    await save(org);
    const expected = { name: org.organization.name, slug: org.organization.slug };
    expect(await findSsoOrganization(`Ann.Lee@${org.organization.slug.toUpperCase()}.Example`)).toEqual(expected);
    expect(await findSsoOrganization(` ${org.organization.slug} `)).toEqual(expected);
    expect(await findSsoOrganization(`ann@eu.${org.organization.slug}.example`)).toBeNull();
    expect(await findSsoOrganization("ann@nobody-uses-this.example")).toBeNull();

    await save(org, { clientSecret: "", enabled: false });
    expect(await findSsoOrganization(`ann@${org.organization.slug}.example`)).toBeNull();
    expect(await findSsoOrganization(org.organization.slug)).toBeNull();
  });
});
