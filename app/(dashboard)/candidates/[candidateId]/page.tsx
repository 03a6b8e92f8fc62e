import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import { AddToJobForm } from "@/components/candidates/add-to-job-form";
import { AnswersList } from "@/components/candidates/answers-list";
import { ApplicationHistory } from "@/components/candidates/application-history";
import { ApplicationSummary } from "@/components/candidates/application-summary";
import { NotesSection } from "@/components/candidates/notes-section";
import { PossibleDuplicates } from "@/components/candidates/possible-duplicates";
import { DocumentView } from "@/components/candidates/resume-view";
import { ApplicationStageActions } from "@/components/pipeline/application-stage-actions";
import { Avatar } from "@/components/ui/avatar";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { listCandidateReplies } from "@/db/queries/candidate-mail";
import { listNotes } from "@/db/queries/notes";
import { listAnswers, listApplicationHistory, listCandidateEmails, listJobsToAddTo } from "@/db/queries/profile";
import { listApplicationDocuments } from "@/server/candidates/list-application-documents";
import { requireMember } from "@/server/auth/session";
import { getCandidateProfile } from "@/server/candidates/get-candidate-profile";
import { getApplicationStage } from "@/server/pipeline/application-stage";
import type { Viewer } from "@/lib/auth/viewer";
import { can } from "@/lib/permissions";
import { ActivityTimeline } from "./_components/activity-timeline";
import { ContactDetails } from "./_components/contact-details";
import { addNoteAction, addToJobAction } from "./actions";

// Once per request: the metadata and the page both need it.
const loadProfile = cache(async (viewer: Viewer, candidateId: string) => {
  // A malformed id is simply a candidate that does not exist, never a database error.
  const id = z.uuid().safeParse(candidateId);
  return id.success ? getCandidateProfile(viewer, id.data) : null;
});

export async function generateMetadata({ params }: PageProps<"/candidates/[candidateId]">): Promise<Metadata> {
  const member = await requireMember();
  const profile = await loadProfile(member, (await params).candidateId);
  // Here, not only in the page: metadata is resolved before streaming starts, so the response is a real 404.
  if (!profile) notFound();
  if (profile.candidate.mergedIntoId) redirect(`/candidates/${profile.candidate.mergedIntoId}`);
  return { title: profile.candidate.name };
}

export default async function CandidateProfilePage({ params }: PageProps<"/candidates/[candidateId]">) {
  const member = await requireMember();
  const profile = await loadProfile(member, (await params).candidateId);
  if (!profile) notFound();
  const { candidate, applications } = profile;
  if (candidate.mergedIntoId) redirect(`/candidates/${candidate.mergedIntoId}`);

  const applicationIds = applications.map((a) => a.id);
  const [history, answers, documents, notes, emails, replies, jobsToAdd, stages] = await Promise.all([
    listApplicationHistory(member.organizationId, applicationIds),
    listAnswers(member.organizationId, applicationIds),
    listApplicationDocuments(member, applicationIds),
    listNotes(member.organizationId, candidate.id, { applicationIds, general: true }),
    can(member.role, "mail.read") ? listCandidateEmails(member.organizationId, candidate.id) : Promise.resolve([]),
    can(member.role, "mail.read") ? listCandidateReplies(member.organizationId, candidate.id) : Promise.resolve([]),
    can(member.role, "candidates.addToJob") ? listJobsToAddTo(member.organizationId, candidate.id) : Promise.resolve([]),
    Promise.all(applications.map((application) => getApplicationStage(member, application))),
  ]);
  // m and r act on "the" application: only meaningful when exactly one of them can be moved.
  const movable = stages.filter((stage) => stage?.canMove && (stage.status === "active" || stage.status === "hired"));
  const withShortcuts = movable.length === 1 ? movable[0]!.applicationId : null;
  const resume = documents.find((file) => file.kind === "resume");
  const canEmail = can(member.role, "mail.send") && !candidate.anonymizedAt && !candidate.mergedIntoId;

  return (
    <>
      <Breadcrumbs items={[{ href: "/candidates", label: "Candidates" }]} />
      <div className="mt-2 flex min-w-0 items-center gap-3">
        <Avatar name={candidate.name} size="lg" />
        <h1 id="candidate-heading" tabIndex={-1} className="min-w-0 text-2xl font-bold break-words">
          {candidate.name}
        </h1>
      </div>
      {candidate.anonymizedAt && <p className="mt-1 text-sm text-slate-700">This candidate asked for their data to be deleted.</p>}

      <section aria-labelledby="contact-heading" className="mt-6">
        <h2 id="contact-heading" className="sr-only">
          Contact details
        </h2>
        <ContactDetails candidate={candidate} />
      </section>

      <PossibleDuplicates candidateId={candidate.id} viewer={member} />

      <section aria-labelledby="applications-heading" className="mt-10">
        <h2 id="applications-heading" className="text-lg font-semibold">
          Applications
        </h2>
        {applications.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">No applications.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-4">
            {applications.map((application, i) => {
              const stage = stages[i];
              const files = documents.filter((file) => file.applicationId === application.id && (file.kind === "resume" || file.kind === "cover_letter"));
              return (
                <li key={application.id} className="rounded-lg border border-slate-200 bg-white p-6">
                  <article aria-labelledby={`application-${application.id}`}>
                    <h3 id={`application-${application.id}`} className="text-base font-semibold">
                      <Link href={`/applications/${application.id}`} className="text-indigo-700 hover:underline">
                        {application.jobTitle}
                      </Link>
                    </h3>
                    {stage && (
                      <div className="mt-2">
                        <ApplicationStageActions
                          stage={stage}
                          name={candidate.name}
                          headingId="candidate-heading"
                          context={application.jobTitle}
                          shortcuts={withShortcuts === application.id}
                        />
                      </div>
                    )}
                    <div className="mt-3 grid gap-6 md:grid-cols-2">
                      <div className="flex flex-col gap-4">
                        <ApplicationSummary application={application} />
                        {canEmail && (
                          <p className="text-sm">
                            <Link href={`/email/new?a=${application.id}`} className="text-indigo-700 underline">
                              Email about this application
                            </Link>
                          </p>
                        )}
                        {files.length > 0 && (
                          <ul className="text-sm">
                            {files.map((file) => (
                              <li key={file.id}>
                                <a href={`/api/files/${file.id}`} className="text-indigo-700 underline">
                                  Download {file.kind === "resume" ? "resume" : "cover letter"} ({file.originalName})
                                </a>
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                      <div>
                        <h4 className="text-sm font-semibold">History</h4>
                        <div className="mt-2">
                          <ApplicationHistory events={history.filter((e) => e.applicationId === application.id)} label={`History of the ${application.jobTitle} application`} />
                        </div>
                      </div>
                    </div>
                    <h4 className="mt-4 text-sm font-semibold">Answers</h4>
                    <div className="mt-2">
                      <AnswersList answers={answers.filter((a) => a.applicationId === application.id)} />
                    </div>
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {can(member.role, "candidates.addToJob") && !candidate.anonymizedAt && (
        <section aria-labelledby="add-to-job-heading" className="mt-10">
          <h2 id="add-to-job-heading" className="text-lg font-semibold">
            Add to another job
          </h2>
          <div className="mt-3">
            <AddToJobForm candidateId={candidate.id} jobs={jobsToAdd} action={addToJobAction} />
          </div>
        </section>
      )}

      <section aria-labelledby="resume-heading" className="mt-10">
        <h2 id="resume-heading" className="text-lg font-semibold">
          Resume
        </h2>
        <div className="mt-3">
          {resume ? <DocumentView file={resume} title={`Resume of ${candidate.name}`} /> : <p className="text-sm text-slate-700">No resume was sent.</p>}
        </div>
      </section>

      <section aria-labelledby="activity-heading" className="mt-10">
        <h2 id="activity-heading" className="text-lg font-semibold">
          Activity
        </h2>
        <div className="mt-3">
          <ActivityTimeline
            notes={notes}
            emails={emails}
            replies={replies}
            linkEmails={can(member.role, "mail.read")}
            cancelFor={can(member.role, "mail.send") ? candidate.id : undefined}
          />
        </div>
      </section>

      <NotesSection viewer={member} candidateId={candidate.id} notes={notes} action={addNoteAction} showJob />
    </>
  );
}
