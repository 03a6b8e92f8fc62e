import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { can } from "@/lib/permissions";
import { requireMember } from "@/server/auth/session";
import { getRejectionSettings } from "@/server/pipeline/board";
import { RejectionSettingsForm } from "./_components/rejection-settings-form";

export const metadata: Metadata = { title: "Rejection reasons and email" };

export default async function RejectionSettingsPage() {
  const member = await requireMember("settings.rejection.read");
  const settings = await getRejectionSettings(member.organizationId);
  const canEdit = can(member.role, "settings.rejection.edit");
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Rejection reasons and email</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Recruiters choose one of these reasons when they reject an applicant, and may send this email. It waits a few seconds before going out,
        so a rejection can be undone.
        {!canEdit && " Only admins can change them."}
      </p>
      <RejectionSettingsForm
        canEdit={canEdit}
        defaultValues={{ reasons: settings.reasons.map((value) => ({ value })), subject: settings.template.subject, body: settings.template.body }}
      />
    </>
  );
}
