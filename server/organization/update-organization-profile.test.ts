import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createIsolatedOrganization, type IsolatedOrganization } from "@/db/fixtures";
import { getPublicOrganization } from "@/db/queries/careers";
import * as s from "@/db/schema";
import type { Viewer } from "@/lib/auth/viewer";
import type { MemberRole } from "@/lib/enums";
import { organizationProfileSchema } from "@/lib/validation/organization";
import { careersOrganization } from "@/server/cache/public-reads";
import { setupTestDatabase } from "@/test/database";
import { getPublicLogo } from "./get-public-logo";
import { updateOrganizationProfile } from "./update-organization-profile";

const db = setupTestDatabase();

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4" onload="alert(1)"><script>alert(2)</script><rect width="4" height="4" fill="#123456"/></svg>';

const member = (org: IsolatedOrganization, role: MemberRole = "admin"): Viewer & { email: string } => ({
  organizationId: org.organization.id,
  userId: org.users[role].id,
  role,
  email: org.users[role].email,
});

/** The form as a browser posts it, parsed by the action's own schema. */
function input(org: IsolatedOrganization, fields: Record<string, unknown> = {}) {
  return organizationProfileSchema.parse({ name: org.organization.name, removeLogo: undefined, ...fields });
}

const auditEntries = (org: IsolatedOrganization) =>
  db().select().from(s.auditEvents).where(eq(s.auditEvents.organizationId, org.organization.id));

describe("the organisation profile and careers branding", () => {
  it("saves name, website, colour, introduction and privacy notice, shows them publicly, and audits which fields changed", async () => {
    const org = await createIsolatedOrganization(db());
    const result = await updateOrganizationProfile(
      member(org),
      input(org, {
        name: "Lumen Robotics",
        website: "https://lumen.example.com",
        brandColor: "#0F766E",
        careersIntro: "We build **robots**.",
        privacyNotice: "We keep your data for a year.",
        auditRetentionDays: "90",
      }),
    );
    expect(result).toEqual({ slug: org.organization.slug, changed: ["name", "website", "brandColor", "careersIntro", "privacyNotice", "auditRetentionDays"] });

    const publicOrganization = await getPublicOrganization(org.organization.slug);
    expect(careersOrganization(publicOrganization!)).toMatchObject({
      name: "Lumen Robotics",
      website: "https://lumen.example.com/",
      brandColor: "#0f766e",
      careersIntroMd: "We build **robots**.",
      logoUrl: null,
    });
    expect(publicOrganization!.settings).toMatchObject({ privacyNoticeMd: "We keep your data for a year.", auditRetentionDays: 90 });

    const [entry] = await auditEntries(org);
    expect(entry).toMatchObject({
      action: "organization.settings_changed",
      actorUserId: org.users.admin.id,
      actorLabel: org.users.admin.email,
      targetType: "organization",
      details: { fields: "name, website, brandColor, careersIntro, privacyNotice, auditRetentionDays" },
    });

    // Saving the same again changes nothing and records nothing; clearing a field removes the setting.
    expect((await updateOrganizationProfile(member(org), input(org, { name: "Lumen Robotics", website: "https://lumen.example.com", brandColor: "#0f766e", careersIntro: "We build **robots**.", privacyNotice: "We keep your data for a year.", auditRetentionDays: "90" }))).changed).toEqual([]);
    expect((await updateOrganizationProfile(member(org), input(org, { name: "Lumen Robotics" }))).changed).toEqual(["website", "brandColor", "careersIntro", "privacyNotice", "auditRetentionDays"]);
    expect((await getPublicOrganization(org.organization.slug))!.settings).not.toHaveProperty("brandColor");
    expect(await auditEntries(org)).toHaveLength(2);
  });

  it("keeps the other settings (rejection reasons) as they are", async () => {
    const org = await createIsolatedOrganization(db());
    await db().update(s.organizations).set({ settings: { rejectionReasons: ["Too far"], scorecardVisibility: "never" } }).where(eq(s.organizations.id, org.organization.id));
    await updateOrganizationProfile(member(org), input(org, { careersIntro: "Hello" }));
    const [row] = await db().select({ settings: s.organizations.settings }).from(s.organizations).where(eq(s.organizations.id, org.organization.id));
    expect(row!.settings).toEqual({ rejectionReasons: ["Too far"], scorecardVisibility: "never", careersIntroMd: "Hello" });
  });

  it("stores an uploaded logo by its bytes, replaces and removes it, and serves the current one", async () => {
    const org = await createIsolatedOrganization(db());
    await updateOrganizationProfile(member(org), input(org, { logo: new File([new Uint8Array(PNG)], "logo.png") }));
    const first = await getPublicLogo(org.organization.slug);
    expect(first?.logo.mediaType).toBe("image/png");
    expect(first?.data.equals(PNG)).toBe(true);
    expect(careersOrganization((await getPublicOrganization(org.organization.slug))!).logoUrl).toBe(
      `/api/careers/${org.organization.slug}/logo?v=${first!.logo.sha256.slice(0, 16)}`,
    );

    const replaced = await updateOrganizationProfile(member(org), input(org, { logo: new File([SVG], "logo.svg", { type: "image/svg+xml" }) }));
    expect(replaced.changed).toEqual(["logo"]);
    const second = await getPublicLogo(org.organization.slug);
    expect(second?.logo.mediaType).toBe("image/svg+xml");
    expect(second?.data.toString()).not.toMatch(/script|onload|alert/);
    // The replaced logo's row (and its bytes) are gone.
    expect(await db().select().from(s.files).where(eq(s.files.id, first!.logo.id))).toEqual([]);

    expect((await updateOrganizationProfile(member(org), input(org, { removeLogo: "on" }))).changed).toEqual(["logo"]);
    expect(await getPublicLogo(org.organization.slug)).toBeNull();
    expect(await db().select().from(s.files).where(eq(s.files.organizationId, org.organization.id))).toHaveLength(0);
  });

  it("refuses an HTML page named logo.png with a message on the logo field, changing nothing", async () => {
    const org = await createIsolatedOrganization(db());
    const html = new File(["<html><script>alert(1)</script></html>"], "logo.png", { type: "image/png" });
    await expect(updateOrganizationProfile(member(org), input(org, { name: "Renamed", logo: html }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { logo: [expect.stringMatching(/PNG, JPEG or SVG/)] },
    });
    expect((await getPublicOrganization(org.organization.slug))!.name).toBe(org.organization.name);
    expect(await auditEntries(org)).toHaveLength(0);
  });

  it("refuses a brand colour that fails WCAG AA, in the schema the form and the action share", () => {
    const parsed = organizationProfileSchema.safeParse({ name: "Lumen", brandColor: "#ffcc00" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["brandColor"], message: expect.stringMatching(/too light.*4\.5:1/) });
  });

  it("is only for members who manage the organisation, and only their own", async () => {
    const org = await createIsolatedOrganization(db());
    for (const role of ["recruiter", "hiring_manager", "interviewer"] as const) {
      await expect(updateOrganizationProfile(member(org, role), input(org, { name: "Hacked" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const other = await createIsolatedOrganization(db());
    await updateOrganizationProfile(member(other), input(other, { name: "Other renamed" }));
    expect((await getPublicOrganization(org.organization.slug))!.name).toBe(org.organization.name);
  });
});
