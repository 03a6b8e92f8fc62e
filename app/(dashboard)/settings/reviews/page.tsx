import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { getScorecardVisibility } from "@/db/queries/scorecards";
import { requireMember } from "@/server/auth/session";
import { ReviewSettingsForm } from "./_components/review-settings-form";

export const metadata: Metadata = { title: "Review settings" };

export default async function ReviewSettingsPage() {
  const member = await requireMember("settings.reviews.edit");
  const scorecardVisibility = await getScorecardVisibility(member.organizationId);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Independent review</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        Interviewers who read colleagues’ feedback before writing their own tend to agree with it. Choose when hiring managers and interviewers
        may see other people’s scorecards. Admins and recruiters always see them all; private notes are only ever seen by their author.
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
        <ReviewSettingsForm scorecardVisibility={scorecardVisibility} />
      </div>
    </>
  );
}
