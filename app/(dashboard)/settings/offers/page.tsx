import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { requireMember } from "@/server/auth/session";
import { getOfferSettings } from "@/server/offers/update-offer-settings";
import { OfferSettingsForm } from "./_components/offer-settings-form";

export const metadata: Metadata = { title: "Offer approvals and letter" };

export default async function OfferSettingsPage() {
  const member = await requireMember("settings.offers.edit");
  const settings = await getOfferSettings(member);
  return (
    <>
      <Breadcrumbs items={[{ href: "/settings", label: "Settings" }]} />
      <h1 className="mt-2 text-2xl font-bold">Offer approvals and letter</h1>
      <p className="mt-1 max-w-2xl text-sm text-slate-700">
        An offer goes to each approver in turn before the letter is emailed to the candidate. A declined approval stops the offer. Offers already
        waiting for approval keep the chain they started with.
      </p>
      <OfferSettingsForm
        defaultValues={{ step1: settings.approvers[0] ?? "", step2: settings.approvers[1] ?? "", step3: settings.approvers[2] ?? "", template: settings.template }}
      />
    </>
  );
}
