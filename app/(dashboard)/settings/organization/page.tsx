import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { db } from "@/db/client";
import { findOrganizationProfile } from "@/db/queries/organization-profile";
import { careersPath, logoPath } from "@/lib/careers/urls";
import { env } from "@/lib/env";
import { requireMember } from "@/server/auth/session";
import { OrganizationProfileForm } from "./_components/organization-profile-form";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationSettingsPage() {
  const member = await requireMember("organization.manage");
  const profile = await findOrganizationProfile(db(), member.organizationId);
  if (!profile) throw new Error("the signed-in member's organisation is gone");
  const { settings } = profile;
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Organisation</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Your organisation’s name and website, and how your{" "}
        <a href={careersPath(profile.slug)} className="font-medium text-indigo-700 hover:underline">
          careers pages
        </a>
        , application form and emails to candidates look. Changes show on the careers pages at once.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <OrganizationProfileForm
          logoUrl={profile.logoSha256 ? logoPath(profile.slug, profile.logoSha256) : null}
          defaultRetentionDays={env().AUDIT_RETENTION_DAYS}
          defaultValues={{
            name: profile.name,
            website: profile.website ?? "",
            brandColor: settings.brandColor ?? "",
            careersIntro: settings.careersIntroMd ?? "",
            privacyNotice: settings.privacyNoticeMd ?? "",
            privacyNoticeUrl: settings.privacyNoticeUrl ?? "",
            auditRetentionDays: settings.auditRetentionDays !== undefined ? String(settings.auditRetentionDays) : "",
            removeLogo: false,
          }}
        />
      </div>
    </>
  );
}
