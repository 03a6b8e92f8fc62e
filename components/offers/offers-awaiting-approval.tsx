import Link from "@/components/ui/link";
import { Time } from "@/components/dates/time";
import { DashboardSection } from "@/components/ui/dashboard-section";
import type { OfferWaitingForViewer } from "@/server/hiring/hiring-overview";

/**
 * "Offers waiting for your approval": each links to its application's Offer section, where the member
 * records their decision. On the Hiring page, and on the Jobs page for an approver without it.
 */
export function OffersAwaitingApproval({ offers }: { offers: OfferWaitingForViewer[] }) {
  return (
    <DashboardSection
      id="decisions-heading"
      title="Offers waiting for your approval"
      empty={offers.length === 0 ? { title: "No offers waiting", text: "When an offer reaches your step of its approval chain, it appears here." } : null}
    >
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {offers.map((offer) => (
          <li key={offer.offerId} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3 text-sm">
            <span>
              <Link href={`/applications/${offer.applicationId}#offer-heading`} className="font-medium text-indigo-700 hover:underline">
                {offer.candidate}
              </Link>{" "}
              <span className="text-slate-700">· {offer.jobTitle}</span>
            </span>
            <span className="text-slate-700">
              Step {offer.approvalStep + 1} of {offer.steps} · waiting since <Time value={offer.waitingSince} date />
            </span>
          </li>
        ))}
      </ul>
    </DashboardSection>
  );
}
