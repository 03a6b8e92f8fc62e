import { LocalTime } from "@/components/careers/local-time";
import { buttonClasses } from "@/components/ui/button";
import type { CandidateOffer } from "@/db/queries/candidate-offers";
import { OfferTermRows } from "@/components/offers/offer-terms";
import { formatDay, isOfferOpen } from "@/lib/offers/letter";
import { todayUtc } from "@/lib/validation/offers";
import type { StatusCandidate } from "@/server/status/status-candidate";
import { respondOfferAction } from "../actions";
import { OfferResponseForm } from "./offer-response-form";

/** The candidate's offers on their status page: the terms, the letter, and the answer while it is open. */
export function OfferPanel({ offers, candidate, token }: { offers: CandidateOffer[]; candidate: StatusCandidate; token: string }) {
  if (offers.length === 0) return null;
  const statusPath = `/status/${encodeURIComponent(token)}`;
  const today = todayUtc();
  return (
    <section aria-labelledby="offers-heading" className="mt-8 flex flex-col gap-4">
      <h2 id="offers-heading" className="text-xl font-semibold">
        Your offers
      </h2>
      {offers.map((offer) => (
        <article key={offer.id} aria-labelledby={`offer-${offer.id}`} className="rounded-lg border border-slate-200 bg-white p-5">
          <h3 id={`offer-${offer.id}`} className="text-lg font-semibold">
            Offer: {offer.jobTitle}
          </h3>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            <OfferTermRows offer={offer} />
          </dl>
          {offer.letterFileId && (
            <a href={`${statusPath}/offer-letter/${offer.id}`} className={buttonClasses("secondary", "mt-4")} download>
              Download the offer letter (PDF)
            </a>
          )}
          {offer.status === "accepted" && offer.respondedAt && (
            <p className="mt-4 text-sm font-medium">
              You accepted this offer on <LocalTime value={offer.respondedAt} />.
            </p>
          )}
          {offer.status === "declined" && offer.respondedAt && (
            <p className="mt-4 text-sm font-medium">
              You declined this offer on <LocalTime value={offer.respondedAt} />.
            </p>
          )}
          {offer.status === "approved" &&
            (isOfferOpen(offer.expiresOn, today) ? (
              <OfferResponseForm action={respondOfferAction.bind(null, token)} offerId={offer.id} candidateName={candidate.name} statusPath={statusPath} />
            ) : (
              <p className="mt-4 text-sm font-medium">
                This offer expired on {formatDay(offer.expiresOn)}. Please contact {candidate.organizationName} if you are still interested.
              </p>
            ))}
        </article>
      ))}
    </section>
  );
}
