import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { AnswersList } from "@/components/candidates/answers-list";
import { ApplicationHistory } from "@/components/candidates/application-history";
import { ApplicationSummary } from "@/components/candidates/application-summary";
import { NotesSection } from "@/components/candidates/notes-section";
import { DocumentView, ExtractedText } from "@/components/candidates/resume-view";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { ApplicationReview } from "@/components/review/application-review";
import { ApplicationStageActions } from "@/components/pipeline/application-stage-actions";
import { CandidateWalk } from "@/components/pipeline/candidate-walk";
import { Avatar } from "@/components/ui/avatar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listNotes } from "@/db/queries/notes";
import { listAnswers, listApplicationHistory } from "@/db/queries/profile";
import { listApplicationDocuments } from "@/server/candidates/list-application-documents";
import { can } from "@/lib/permissions";
import { requireMember } from "@/server/auth/session";
import { getApplicationDetail } from "@/server/candidates/get-candidate-profile";
import { getApplicationStage, getStageNeighbours } from "@/server/pipeline/application-stage";
import type { Viewer } from "@/lib/auth/viewer";
import type { ApplicationNeighbour } from "@/lib/board/types";
import { redactCandidate } from "@/lib/notes/redact";
import { candidateAlias } from "@/lib/review/identity";
import { boardFiltersSearch, parseBoardFilters } from "@/lib/validation/pipeline";
import { getApplicationOffers } from "@/server/offers/get-application-offers";
import { addNoteAction } from "../../candidates/[candidateId]/actions";
import { OfferSection } from "./_components/offer-section";

// Once per request: the metadata and the page both need it.
const loadApplication = cache(async (viewer: Viewer, applicationId: string) => {
  // A malformed id is simply an application that does not exist, never a database error.
  const id = z.uuid().safeParse(applicationId);
  return id.success ? getApplicationDetail(viewer, id.data) : null;
});

/** Who the page says the candidate is: their name, or the alias while anonymised review hides them. */
function displayName(detail: NonNullable<Awaited<ReturnType<typeof loadApplication>>>) {
  return detail.application.identityHidden ? candidateAlias(detail.application.id) : detail.candidate.name;
}

export async function generateMetadata({ params }: PageProps<"/applications/[applicationId]">): Promise<Metadata> {
  const member = await requireMember();
  const detail = await loadApplication(member, (await params).applicationId);
  // Here, not only in the page: metadata is resolved before streaming starts, so the response is a real 404.
  if (!detail) notFound();
  return { title: `${displayName(detail)} · ${detail.application.jobTitle}` };
}

export default async function ApplicationPage({ params, searchParams }: PageProps<"/applications/[applicationId]">) {
  const member = await requireMember();
  const detail = await loadApplication(member, (await params).applicationId);
  if (!detail) notFound();
  const { application, candidate } = detail;
  const hidden = application.identityHidden;
  // Everything written about a hidden candidate is shown redacted: their own words and colleagues' notes.
  const redact = hidden ? (text: string) => redactCandidate(text, candidate) : undefined;
  // Opened from a filtered board: next and previous walk the stage under the same filters, and keep them.
  const filters = parseBoardFilters(await searchParams);
  const search = boardFiltersSearch(filters);

  const [history, answers, documents, notes, stage, neighbours, offers] = await Promise.all([
    listApplicationHistory(member.organizationId, [application.id]),
    listAnswers(member.organizationId, [application.id]),
    listApplicationDocuments(member, [application.id]),
    listNotes(member.organizationId, candidate.id, { applicationIds: [application.id], general: false }),
    getApplicationStage(member, application),
    getStageNeighbours(member, application, filters),
    getApplicationOffers(member, application.id),
  ]);
  const resume = documents.find((file) => file.kind === "resume");
  const coverLetterFile = documents.find((file) => file.kind === "cover_letter");
  const name = displayName(detail);
  const link = (neighbour: ApplicationNeighbour | null) => neighbour && { ...neighbour, href: `/applications/${neighbour.applicationId}${search}` };
  const walk = { previous: link(neighbours.previous), next: link(neighbours.next) };

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/jobs", label: "Jobs" },
          { href: `/jobs/${application.jobId}`, label: application.jobTitle },
          { href: `/jobs/${application.jobId}/pipeline${search}`, label: "Pipeline" },
        ]}
      />
      <header className="mt-2 flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex min-w-0 items-center gap-3">
            <Avatar name={name} size="lg" />
            <div className="min-w-0">
              <h1 id="candidate-heading" tabIndex={-1} className="text-2xl font-bold break-words">
                {name}
              </h1>
              <p className="text-sm text-slate-700">
                Application for {application.jobTitle}
                {!hidden && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/candidates/${candidate.id}`} className="text-indigo-700 underline">
                      Candidate profile
                    </Link>
                  </>
                )}
                {!hidden && can(member.role, "mail.send") && (
                  <>
                    {" "}
                    ·{" "}
                    <Link href={`/email/new?a=${application.id}`} className="text-indigo-700 underline">
                      Email candidate
                    </Link>
                  </>
                )}
              </p>
            </div>
          </div>
          {stage && (application.status === "active" || application.status === "hired") && <CandidateWalk links={walk} headingId="candidate-heading" />}
        </div>
        {stage && <ApplicationStageActions stage={stage} name={name} headingId="candidate-heading" shortcuts walk={walk} />}
      </header>
      {hidden && (
        <p className="mt-3 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sm text-sky-900">
          Anonymised review: the candidate&apos;s name, contact details and original documents are hidden from you until a recruiter reveals them or the application reaches Offer.
        </p>
      )}

      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="application-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="application-heading" className="text-lg font-semibold">
            Application
          </h2>
          <div className="mt-3">
            <ApplicationSummary application={application} />
          </div>
          {!hidden && (
            <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
              <dt className="font-medium text-slate-700">Email</dt>
              <dd>{candidate.email}</dd>
              <dt className="font-medium text-slate-700">Phone</dt>
              <dd>{candidate.phone ?? "—"}</dd>
              <dt className="font-medium text-slate-700">Location</dt>
              <dd>{candidate.location ?? "—"}</dd>
            </dl>
          )}
        </section>
        <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="history-heading" className="text-lg font-semibold">
            History
          </h2>
          <div className="mt-3">
            <ApplicationHistory events={history} label="History of this application" />
          </div>
        </section>
      </div>

      <ApplicationReview applicationId={application.id} viewer={member} />
      <ApplicationInterviews applicationId={application.id} viewer={member} />
      {offers && <OfferSection data={offers} />}

      <section aria-labelledby="resume-heading" className="mt-10">
        <h2 id="resume-heading" className="text-lg font-semibold">
          Resume
        </h2>
        <div className="mt-3">
          {!resume ? (
            <p className="text-sm text-slate-700">No resume was sent.</p>
          ) : hidden ? (
            <ExtractedText text={resume.extractedText && redactCandidate(resume.extractedText, candidate)} pending={resume.textPending} label="Resume text, contact details removed" />
          ) : (
            <DocumentView file={resume} title={`Resume of ${candidate.name}`} />
          )}
        </div>
      </section>

      <section aria-labelledby="cover-letter-heading" className="mt-10">
        <h2 id="cover-letter-heading" className="text-lg font-semibold">
          Cover letter
        </h2>
        <div className="mt-3">
          {application.coverLetter ? (
            <ExtractedText text={redact ? redact(application.coverLetter) : application.coverLetter} label="Cover letter" />
          ) : coverLetterFile ? (
            hidden ? (
              <ExtractedText text={coverLetterFile.extractedText && redactCandidate(coverLetterFile.extractedText, candidate)} pending={coverLetterFile.textPending} label="Cover letter text, contact details removed" />
            ) : (
              <DocumentView file={coverLetterFile} title="Cover letter" />
            )
          ) : (
            <p className="text-sm text-slate-700">No cover letter was sent.</p>
          )}
        </div>
      </section>

      <section aria-labelledby="answers-heading" className="mt-10">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Answers
        </h2>
        <div className="mt-3">
          <AnswersList answers={answers} hidden={hidden} transform={redact} />
        </div>
      </section>

      <NotesSection viewer={member} candidateId={candidate.id} applicationId={application.id} notes={notes} action={addNoteAction} transform={redact} />
    </>
  );
}
