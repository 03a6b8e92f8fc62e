import { Time } from "@/components/dates/time";
import { getApplicationReview, type ApplicationReviewData, type EarlierDecision } from "@/server/review/get-application-review";
import type { Viewer } from "@/lib/auth/viewer";
import { RevealIdentityButton } from "./reveal-identity-button";

/**
 * On the application page: whether anonymised review hides the candidate (and the reveal action for
 * admins and recruiters), and the offer decisions recorded before offers had their approval chain.
 * Renders nothing when the viewer may not see the application; the page decides about the 404.
 */
export async function ApplicationReview({ applicationId, viewer }: { applicationId: string; viewer: Viewer }) {
  const review = await getApplicationReview(viewer, applicationId);
  if (!review) return null;
  return (
    <div className="flex flex-col gap-6">
      {review.identity.state !== "not_anonymised" && <IdentitySection review={review} />}
      {review.earlierDecisions.length > 0 && <EarlierDecisionsSection review={review} />}
    </div>
  );
}

function IdentitySection({ review }: { review: ApplicationReviewData }) {
  const headingId = `identity-heading-${review.applicationId}`;
  const { identity } = review;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        Anonymised review
      </h2>
      <p className="mt-2 text-sm text-slate-800" data-testid="identity-status">
        {identity.state === "hidden" && "Identity hidden from the hiring team"}
        {identity.state === "revealed" && <>Revealed by {identity.by ?? "a former member"} on <Time value={identity.at} /></>}
        {identity.state === "revealed_at_offer" && "Revealed at Offer"}
      </p>
      {identity.state === "hidden" && (
        <p className="mt-1 text-sm text-slate-600">
          Hiring managers and interviewers on this job see an alias instead of the candidate&apos;s name and contact details
          until a recruiter reveals who they are or the application reaches Offer.
        </p>
      )}
      {review.canReveal && <RevealIdentityButton applicationId={review.applicationId} />}
    </section>
  );
}

const decisionWords = { approve: "Approved", decline: "Declined" } as const;

function DecisionSummary({ decision }: { decision: EarlierDecision }) {
  return (
    <>
      <p className="font-medium text-slate-900">
        {decisionWords[decision.decision]} by {decision.by ?? "a former member"} on <Time value={decision.at} />
      </p>
      {decision.comment && <p className="mt-1 whitespace-pre-line text-slate-800">{decision.comment}</p>}
    </>
  );
}

/** Read-only: offers are now decided along their approval chain, in the Offer section. */
function EarlierDecisionsSection({ review }: { review: ApplicationReviewData }) {
  const headingId = `earlier-decisions-heading-${review.applicationId}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id={headingId} className="text-lg font-semibold">
        Earlier offer decisions
      </h2>
      <p className="mt-1 text-sm text-slate-700">Recorded before offers had an approval chain; offers are now approved in the Offer section.</p>
      <ol className="mt-3 flex flex-col gap-3 text-sm">
        {review.earlierDecisions.map((decision) => (
          <li key={decision.id}>
            <DecisionSummary decision={decision} />
          </li>
        ))}
      </ol>
    </section>
  );
}
