import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CareersFrame } from "@/components/careers/careers-frame";
import { LocalTime, LocalTimeScript } from "@/components/careers/local-time";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { listCandidateApplications } from "@/db/queries/candidate-status";
import { candidateFacingStatus, candidateNextStep } from "@/lib/applications/status-words";
import { getCareersSite } from "@/server/cache/public";
import { requestNonce } from "@/server/http/request-nonce";
import { candidateFromStatusToken } from "@/server/status/status-candidate";
import { careersPath } from "@/lib/careers/urls";
import { getCandidateOffers } from "@/server/offers/candidate-offers";
import { DeleteDataForm } from "./_components/delete-data-form";
import { isDecisionsOnly } from "@/db/queries/candidate-mail";
import { OfferPanel } from "./_components/offer-panel";
import { UpcomingInterviews } from "./_components/upcoming-interviews";
import { deleteDataAction, mailPreferenceAction, withdrawAction } from "./actions";

// The token is a credential: keep it out of search engines and out of Referer headers. "strict-origin"
// sends only the site's origin, never the path; "no-referrer" would also make the browser send
// `Origin: null` with a form post, which Next refuses as cross-site, so no form here worked without JavaScript.
export const metadata: Metadata = { title: "Your application", robots: { index: false, follow: false }, referrer: "strict-origin" };

const notices: Record<string, { tone: "info" | "error"; text: string }> = {
  submitted: { tone: "info", text: "Thank you: your application was received. We've emailed you a link to this page." },
  withdrawn: { tone: "info", text: "Your application was withdrawn." },
  "error=withdraw": { tone: "error", text: "That application could not be withdrawn: it may already be closed." },
  "offer=accepted": { tone: "info", text: "Thank you: you accepted the offer. We'll be in touch about your start." },
  "offer=declined": { tone: "info", text: "You declined the offer. Thank you for letting us know." },
  "mail=decisions": { tone: "info", text: "Saved: from now on we only email you about decisions on your applications." },
  "mail=all": { tone: "info", text: "Saved: we'll email you about your applications again." },
};

export default async function StatusPage({ params, searchParams }: PageProps<"/status/[token]">) {
  const { token } = await params;
  const candidate = await candidateFromStatusToken(token);
  if (!candidate) notFound();
  // Only once the token proved who is asking: the organisation's public careers profile, for its frame.
  // The candidate's own page never depends on it: without it, the page shows unframed.
  const site = await getCareersSite(candidate.organizationSlug);
  const [applications, offers] = await Promise.all([listCandidateApplications(candidate), getCandidateOffers(candidate)]);
  const active = applications.filter((application) => application.status === "active");
  const query = await searchParams;
  const notice = query.submitted
    ? notices.submitted
    : query.withdrawn
      ? notices.withdrawn
      : query.offer
        ? notices[`offer=${query.offer}`]
        : query.error
          ? notices[`error=${query.error}`]
          : query.mail
            ? notices[`mail=${query.mail}`]
            : undefined;
  const decisionsOnly = await isDecisionsOnly(candidate.organizationId, candidate.candidateId);

  return (
    <CareersFrame organization={site?.organization ?? null}>
      <main className="mx-auto max-w-2xl px-4 py-10">
        <h1 className="text-3xl font-bold">{query.submitted ? "Application received" : "Your applications"}</h1>
        <p className="mt-2 text-slate-700">Hi {candidate.name}. This private page shows where your applications stand. Keep the link to yourself.</p>
        {notice && (
          <div className="mt-6">
            <Alert tone={notice.tone}>{notice.text}</Alert>
          </div>
        )}

        <OfferPanel offers={offers} candidate={candidate} token={token} />

        <ul className="mt-8 flex flex-col gap-4">
          {applications.map((application) => (
            <li key={application.id} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 className="text-lg font-semibold">{application.jobTitle}</h2>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="text-slate-700">Status</dt>
                <dd className="font-medium" data-testid="application-status">
                  {candidateFacingStatus(application.status, application.stageKind)}
                </dd>
                <dt className="text-slate-700">Applied</dt>
                <dd><LocalTime value={application.appliedAt} date /></dd>
                <dt className="text-slate-700">Last update</dt>
                <dd><LocalTime value={application.updatedAt} date /></dd>
              </dl>
              <h3 className="mt-4 text-sm font-semibold">What happens next</h3>
              <p className="mt-1 text-sm text-slate-700">{candidateNextStep(application.status, application.stageKind, candidate.organizationName)}</p>
            </li>
          ))}
        </ul>
        <UpcomingInterviews candidate={candidate} />
        {site && (
          <p className="mt-4 text-sm">
            <Link href={careersPath(site.organization.slug)} className="font-medium text-brand hover:underline">
              See other open positions at {site.organization.name}
            </Link>
          </p>
        )}

        {/* What can't be undone comes last, each behind a step that says what it does and asks again. */}
        <section aria-labelledby="data-heading" className="mt-10 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="data-heading" className="text-lg font-semibold">
            Your data and choices
          </h2>
          <p className="mt-2 text-sm text-slate-700">
            Download a copy of everything you sent us, including your files. If you change your mind, you can withdraw an application
            or ask us to delete your data.
          </p>
          <a href={`/status/${encodeURIComponent(token)}/export`} className={buttonClasses("secondary", "mt-4")} download>
            Download my data (JSON)
          </a>
          <form action={mailPreferenceAction.bind(null, token)} className="mt-6 border-t border-slate-200 pt-4 text-sm">
            <h3 className="font-semibold">Emails from {candidate.organizationName}</h3>
            <p className="mt-1 text-slate-700">
              {decisionsOnly
                ? "You asked for email only about decisions on your applications."
                : "We may email you about your applications: questions, next steps and decisions."}
            </p>
            <input type="hidden" name="decisionsOnly" value={decisionsOnly ? "no" : "yes"} />
            <button type="submit" className={buttonClasses("secondary", "mt-3")}>
              {decisionsOnly ? "Email me about my applications again" : "Only email me about decisions"}
            </button>
          </form>
          <div className="mt-6 border-t border-slate-200 pt-4">
            {active.map((application) => (
              <details key={application.id} className="mb-4">
                <summary className="cursor-pointer text-sm font-medium text-brand">
                  Withdraw this application…
                  {active.length > 1 && <span className="text-slate-700"> ({application.jobTitle})</span>}
                </summary>
                <form action={withdrawAction.bind(null, token)} className="mt-3 flex flex-col gap-3 rounded-md bg-slate-50 p-4 text-sm">
                  <input type="hidden" name="applicationId" value={application.id} />
                  <input type="hidden" name="confirm" value="yes" />
                  <p>Withdrawing tells {candidate.organizationName} you are no longer interested in {application.jobTitle}. This cannot be undone.</p>
                  <button type="submit" className={buttonClasses("secondary", "self-start")}>
                    Yes, withdraw my application
                  </button>
                </form>
              </details>
            ))}
            <DeleteDataForm
              action={deleteDataAction.bind(null, token)}
              organizationName={candidate.organizationName}
              statusPath={`/status/${encodeURIComponent(token)}`}
            />
          </div>
        </section>
      </main>
      <LocalTimeScript nonce={await requestNonce()} />
    </CareersFrame>
  );
}
