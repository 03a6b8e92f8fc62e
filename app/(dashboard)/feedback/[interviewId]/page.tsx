import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CalendarClock, CalendarPlus, Briefcase } from "lucide-react";
import { InterviewLocation } from "@/components/interviews/interview-location";
import { Slot } from "@/components/dates/time";
import { ScorecardSummary } from "@/components/scorecards/scorecard-summary";
import { buttonClasses } from "@/components/ui/button";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { findMyScorecard } from "@/db/queries/scorecards";
import { requireMember } from "@/server/auth/session";
import { findInterviewForParticipant } from "@/server/interviews/find-participant-interview";
import { getScorecardSummary } from "@/server/scorecards/get-scorecard-summary";
import { ratingLabels, templateAttributes } from "@/lib/validation/scorecard";
import { ScorecardForm } from "./_components/scorecard-form";

export const metadata: Metadata = { title: "Scorecard" };

export default async function ScorecardPage({ params }: PageProps<"/feedback/[interviewId]">) {
  const member = await requireMember();
  const id = z.uuid().safeParse((await params).interviewId);
  // Only the interview's interviewers (on the job's team) get past here; anyone else sees a 404.
  const interview = id.success ? await findInterviewForParticipant(member, id.data) : null;
  if (!interview) notFound();
  const [mine, summary] = await Promise.all([findMyScorecard(member, interview.id), getScorecardSummary(member, interview.application.id)]);
  const onTemplate = new Set(templateAttributes(interview.template));

  return (
    <>
      <Breadcrumbs items={[{ href: "/feedback", label: "My feedback" }]} />
      <h1 className="mt-2 text-2xl font-bold">
        Scorecard: {interview.title} with {interview.candidate}
      </h1>
      <ul className="mt-2 flex flex-col gap-1 text-sm text-fg-muted sm:flex-row sm:flex-wrap sm:gap-x-4" aria-label="About this interview">
        <li className="inline-flex items-center gap-1">
          <Briefcase aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
          {interview.application.jobTitle}
        </li>
        <li className="inline-flex items-center gap-1">
          <CalendarClock aria-hidden="true" className="size-4 shrink-0 text-fg-subtle" />
          <Slot startsAt={interview.startsAt} endsAt={interview.endsAt} timeZone={interview.timeZone} />
        </li>
        {interview.location && (
          <li className="min-w-0">
            <InterviewLocation location={interview.location} />
          </li>
        )}
      </ul>
      <a href={`/feedback/${interview.id}/invite.ics`} className={buttonClasses("secondary", "mt-3")}>
        <CalendarPlus aria-hidden="true" className="size-4" />
        Add to calendar (.ics)
      </a>
      <div className="mt-6">
        <ScorecardForm
          interviewId={interview.id}
          template={interview.template}
          initial={{
            version: mine?.version ?? 0,
            status: mine?.status ?? null,
            // Only attributes still on the template: a plan edited since the interview was scheduled may have dropped some.
            ratings: Object.fromEntries(Object.entries(mine?.ratings ?? {}).filter(([name]) => onTemplate.has(name))),
            overall: mine?.overall ?? null,
            keyTakeaways: mine?.keyTakeaways ?? "",
            privateNotes: mine?.privateNotes ?? "",
          }}
        />
      </div>
      {mine && mine.history.length > 0 && (
        <section aria-labelledby="history-heading" className="mt-8 rounded-lg border border-line bg-surface p-4 sm:p-6">
          <h2 id="history-heading" className="text-lg font-semibold">
            Previous versions
          </h2>
          <ol className="mt-3 flex flex-col gap-4 text-sm">
            {[...mine.history].reverse().map((version) => (
              <li key={version.version} className="rounded-md bg-surface-muted p-3">
                <p className="font-medium">
                  Submitted {version.submittedAt ? new Date(version.submittedAt).toUTCString() : ""}: overall{" "}
                  {version.overall ? ratingLabels[version.overall] : "—"}
                </p>
                {Object.keys(version.ratings).length > 0 && (
                  <ul className="mt-1 list-disc pl-6">
                    {Object.entries(version.ratings).map(([attribute, rating]) => (
                      <li key={attribute}>
                        {attribute}: {ratingLabels[rating]}
                      </li>
                    ))}
                  </ul>
                )}
                {version.keyTakeaways && <p className="mt-1">Key takeaways: {version.keyTakeaways}</p>}
                {version.privateNotes && <p className="mt-1">Private notes: {version.privateNotes}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      {summary && (
        <section aria-labelledby="team-heading" className="mt-8 rounded-lg border border-line bg-surface p-4 sm:p-6">
          <h2 id="team-heading" className="text-lg font-semibold">
            Everyone’s scorecards
          </h2>
          <div className="mt-3">
            <ScorecardSummary summary={summary} />
          </div>
        </section>
      )}
    </>
  );
}
