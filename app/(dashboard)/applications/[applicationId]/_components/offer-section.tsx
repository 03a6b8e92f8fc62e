import { Time } from "@/components/dates/time";
import { ActionButton } from "@/components/jobs/action-button";
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { OfferStatus } from "@/lib/enums";
import { OfferTermRows } from "@/components/offers/offer-terms";
import { approverRoleLabels, formatSalary, isOfferOpen, offerStatusLabels } from "@/lib/offers/letter";
import { todayUtc } from "@/lib/validation/offers";
import type { ApplicationOffer, ApplicationOffers } from "@/server/offers/get-application-offers";
import { submitOfferAction } from "../actions";
import { MoveToHiredButton } from "./move-to-hired-button";
import { OfferDecisionForm } from "./offer-decision-form";
import { OfferForm } from "./offer-form";

const tones: Record<OfferStatus, BadgeTone> = {
  draft: "neutral",
  pending_approval: "warning",
  approved: "info",
  accepted: "success",
  declined: "danger",
  rejected_by_approver: "danger",
  superseded: "neutral",
};

const blank = { salaryAmount: "", currency: "", salaryPeriod: "year" as const, startDate: "", expiresOn: "", bonus: "", equity: "" };

/** The application page's Offer section: shown only to members who may see offers on this job. */
export function OfferSection({ data }: { data: ApplicationOffers }) {
  const { application, offers, canManage } = data;
  const [current, ...earlier] = offers;
  const atOffer = application.status === "active" && application.stageKind === "offer";
  const mayDraft = canManage && atOffer && current?.status !== "accepted";
  return (
    <section aria-labelledby="offer-heading" className="mt-10 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="offer-heading" className="text-lg font-semibold">
        Offer
      </h2>
      {!current && <p className="mt-2 text-sm text-slate-700">{atOffer ? "No offer drafted yet." : "An offer can be drafted once the applicant is at the Offer stage."}</p>}
      {current && <CurrentOffer offer={current} data={data} />}
      {mayDraft &&
        (current ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-indigo-700">Draft a new offer (replaces this one)</summary>
            <OfferForm target={{ applicationId: application.applicationId }} defaultValues={blank} />
          </details>
        ) : (
          <OfferForm target={{ applicationId: application.applicationId }} defaultValues={blank} />
        ))}
      {earlier.length > 0 && (
        <>
          <h3 className="mt-6 text-sm font-semibold">Earlier offers</h3>
          <ul className="mt-2 flex flex-col gap-1 text-sm">
            {earlier.map((offer) => (
              <li key={offer.id}>
                {formatSalary(offer.salaryAmount, offer.currency, offer.salaryPeriod)} · {offerStatusLabels[offer.status]} · <Time value={offer.createdAt} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function CurrentOffer({ offer, data }: { offer: ApplicationOffer; data: ApplicationOffers }) {
  const { application, canManage, canMove, hiredStage } = data;
  return (
    <div className="mt-3">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge tone={tones[offer.status]}>{offerStatusLabels[offer.status]}</StatusBadge>
        {offer.waitingFor && <span>Waiting for the {approverRoleLabels[offer.waitingFor].toLowerCase()}&apos;s approval</span>}
        {offer.status === "approved" && !isOfferOpen(offer.expiresOn, todayUtc()) && <span>Expired without an answer: draft a new offer to extend it.</span>}
      </p>
      <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
        <OfferTermRows offer={offer} termClassName="font-medium text-slate-700" />
        {offer.respondedAt && (
          <>
            <dt className="font-medium text-slate-700">Answered</dt>
            <dd>
              <Time value={offer.respondedAt} />
              {offer.signatureName && <> · signed “{offer.signatureName}”</>}
              {offer.responseIp && <> · from {offer.responseIp}</>}
            </dd>
          </>
        )}
      </dl>
      {offer.approvers.length > 0 && offer.status !== "draft" && (
        <>
          <h3 className="mt-4 text-sm font-semibold">Approvals</h3>
          <ol className="mt-1 flex flex-col gap-1 text-sm">
            {offer.approvers.map((role, step) => {
              const decision = offer.approvals.find((approval) => approval.step === step);
              return (
                <li key={step}>
                  {step + 1}. {approverRoleLabels[role]}:{" "}
                  {decision ? (
                    <>
                      {decision.decision === "approved" ? "approved" : "declined"} by {decision.approverName ?? "a former member"}
                      {decision.comment && <> — “{decision.comment}”</>}
                    </>
                  ) : (
                    "waiting"
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      {offer.letterFileId && (
        <p className="mt-3 text-sm">
          <a href={`/api/files/${offer.letterFileId}`} className="font-medium text-indigo-700 underline">
            Offer letter (PDF)
          </a>
        </p>
      )}
      {offer.status === "draft" && canManage && (
        <>
          <div className="mt-4 flex flex-wrap gap-2">
            <ActionButton action={submitOfferAction} input={{ offerId: offer.id, version: offer.version }} variant="primary">
              Send for approval
            </ActionButton>
          </div>
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-indigo-700">Edit the draft</summary>
            <OfferForm
              target={{ offerId: offer.id, version: offer.version }}
              defaultValues={{ salaryAmount: offer.salaryAmount, currency: offer.currency, salaryPeriod: offer.salaryPeriod, startDate: offer.startDate, expiresOn: offer.expiresOn, bonus: offer.bonus, equity: offer.equity }}
            />
          </details>
        </>
      )}
      {offer.viewerDecides && <OfferDecisionForm offerId={offer.id} version={offer.version} />}
      {offer.status === "accepted" && application.status === "active" && canMove && hiredStage && (
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <p className="text-sm">The candidate accepted.</p>
          <MoveToHiredButton
            input={{ jobId: application.jobId, toStageId: hiredStage.id, applications: [{ applicationId: application.applicationId, version: application.version }] }}
            stageName={hiredStage.name}
          />
        </div>
      )}
    </div>
  );
}
