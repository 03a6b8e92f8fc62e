import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { db } from "@/db/client";
import { findOrganizationProfile } from "@/db/queries/organization-profile";
import { embedApiUrl, embedSnippet } from "@/lib/careers/embed";
import { careersPath, feedPath, indeedFeedPath, logoPath } from "@/lib/careers/urls";
import { env } from "@/lib/env";
import { requireMember } from "@/server/auth/session";
import { CopyField } from "./_components/copy-field";
import { DocumentPolicyForm } from "./_components/document-policy-form";
import { OrganizationProfileForm } from "./_components/organization-profile-form";

export const metadata: Metadata = { title: "Organisation" };

export default async function OrganizationSettingsPage() {
  const member = await requireMember("organization.manage");
  const profile = await findOrganizationProfile(db(), member.organizationId);
  if (!profile) throw new Error("the signed-in member's organisation is gone");
  const { settings } = profile;
  const { APP_URL: appUrl } = env();
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

      <section aria-labelledby="reach-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="reach-heading" className="text-lg font-semibold">
          Job boards and your website
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-slate-700">
          Your open jobs, kept up to date as you publish, edit and close them (the list on your website within a minute). Job boards see a change when they next read the feed.
        </p>
        <div className="mt-4 flex max-w-2xl flex-col gap-6">
          <CopyField
            label="Indeed XML feed"
            value={appUrl + indeedFeedPath(profile.slug)}
            hint="Give this address to Indeed (and other job boards that read Indeed's format) to list your open jobs there."
          />
          <CopyField label="RSS feed" value={appUrl + feedPath(profile.slug)} hint="For feed readers and job aggregators that read RSS." />
          <CopyField
            label="Embed on your website"
            multiline
            value={embedSnippet({ appUrl, orgSlug: profile.slug, orgName: profile.name })}
            hint={`Paste this HTML where your website should list your open jobs, each linking to its posting. Style the list with the classes candor-jobs, candor-job, candor-job-title and candor-job-location. It reads ${embedApiUrl(appUrl, profile.slug)}.`}
          />
        </div>
      </section>

      <section aria-labelledby="documents-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="documents-heading" className="text-lg font-semibold">
          Application documents
        </h2>
        <p className="mt-1 mb-4 max-w-2xl text-sm text-slate-700">
          Candidates upload resumes and cover letters as PDF, Word (DOC or DOCX), RTF or text files, checked by their contents.
        </p>
        <DocumentPolicyForm allowActiveContent={settings.allowActiveContent === true} />
      </section>
    </>
  );
}
