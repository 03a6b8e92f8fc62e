import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/server/auth/session";
import { can } from "@/lib/permissions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const member = await requireMember();
  return (
    <>
      <h1 className="text-2xl font-bold">Settings</h1>
      <section aria-labelledby="organization-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="organization-heading" className="text-lg font-semibold">
          Organisation
        </h2>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium text-slate-700">Name</dt>
          <dd>{member.organizationName}</dd>
          <dt className="font-medium text-slate-700">Careers page</dt>
          <dd>/careers/{member.organizationSlug}</dd>
        </dl>
        {can(member.role, "organization.manage") && (
          <p className="mt-3 text-sm text-slate-700">
            Name, website, logo, brand colour, careers introduction and privacy notice.{" "}
            <Link href="/settings/organization" className="font-medium text-indigo-700 hover:underline">
              Organisation profile and branding
            </Link>
          </p>
        )}
      </section>
      {can(member.role, "members.manage") && (
        <section aria-labelledby="members-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="members-heading" className="text-lg font-semibold">
            Members
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Invite colleagues, change their roles, deactivate and reactivate them.{" "}
            <Link href="/settings/members" className="font-medium text-indigo-700 hover:underline">
              Manage members
            </Link>
          </p>
        </section>
      )}
      <section aria-labelledby="account-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="account-heading" className="text-lg font-semibold">
          Your account
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          Your password, two-factor authentication and where you are signed in.{" "}
          <Link href="/account" className="font-medium text-indigo-700 hover:underline">
            Your account
          </Link>
        </p>
      </section>
      {can(member.role, "organization.manage") && (
        <section aria-labelledby="two-factor-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="two-factor-heading" className="text-lg font-semibold">
            Two-factor authentication
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Whether every member must sign in with a code from their phone as well as a password.{" "}
            <Link href="/settings/two-factor" className="font-medium text-indigo-700 hover:underline">
              Two-factor rule
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "settings.reviews.edit") && (
        <section aria-labelledby="reviews-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="reviews-heading" className="text-lg font-semibold">
            Reviews
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            When hiring managers and interviewers may see each other’s scorecards.{" "}
            <Link href="/settings/reviews" className="font-medium text-indigo-700 hover:underline">
              Independent review
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "settings.rejection.read") && (
        <section aria-labelledby="rejection-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="rejection-heading" className="text-lg font-semibold">
            Rejections
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            The reasons recruiters choose from and the email candidates receive.{" "}
            <Link href="/settings/rejection" className="font-medium text-indigo-700 hover:underline">
              Rejection reasons and email
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "mail.read") && (
        <section aria-labelledby="mail-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="mail-heading" className="text-lg font-semibold">
            Email
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Every email Candor sends for this organisation, with its delivery status.{" "}
            <Link href="/settings/mail" className="font-medium text-indigo-700 hover:underline">
              Outgoing mail
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "organization.manage") && (
        <section aria-labelledby="sso-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="sso-heading" className="text-lg font-semibold">
            Single sign-on
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Sign in with your organisation&apos;s identity provider (OpenID Connect), and who may join through it.{" "}
            <Link href="/settings/sso" className="font-medium text-indigo-700 hover:underline">
              Single sign-on settings
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "settings.jobs.manage") && (
        <section aria-labelledby="jobs-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="jobs-heading" className="text-lg font-semibold">
            Background jobs
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Email delivery, resume reading and other work Candor does in the background, with anything that failed.{" "}
            <Link href="/settings/jobs" className="font-medium text-indigo-700 hover:underline">
              Background jobs
            </Link>
          </p>
        </section>
      )}
      {can(member.role, "audit.read") && (
        <section aria-labelledby="audit-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="audit-heading" className="text-lg font-semibold">
            Audit log
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Sign-ins, changes to members and settings, and access to candidate data, with who, when and from where.{" "}
            <Link href="/settings/audit-log" className="font-medium text-indigo-700 hover:underline">
              Audit log
            </Link>
          </p>
        </section>
      )}
    </>
  );
}
