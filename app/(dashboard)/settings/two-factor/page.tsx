import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { countMembersWithTwoFactor, isTwoFactorRequired } from "@/db/queries/two-factor";
import { requireMember } from "@/server/auth/session";
import { TwoFactorRequirementForm } from "./_components/two-factor-requirement-form";

export const metadata: Metadata = { title: "Two-factor authentication" };

export default async function TwoFactorSettingsPage() {
  const member = await requireMember("organization.manage");
  const [required, { members, enrolled }] = await Promise.all([isTwoFactorRequired(member.organizationId), countMembersWithTwoFactor(member.organizationId)]);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Two-factor authentication</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        With two-factor authentication, signing in also asks for a code from an app on the member’s phone. {enrolled} of {members} active
        member{members === 1 ? " has" : "s have"} it on.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <TwoFactorRequirementForm requireTwoFactor={required} />
      </div>
    </>
  );
}
