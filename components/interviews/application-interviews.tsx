import Link from "@/components/ui/link";
import { Slot, Time } from "@/components/dates/time";
import { listOpenSchedulingLinks } from "@/db/queries/interview-scheduling";
import { getScheduleOptions, listApplicationInterviews } from "@/db/queries/interviews";
import { can, jobScope } from "@/lib/permissions";
import { getScorecardSummary } from "@/server/scorecards/get-scorecard-summary";
import type { Viewer } from "@/lib/auth/viewer";
import { timeZoneNames, utcToZonedTime } from "@/lib/interviews/time";
import { ScorecardSummary } from "@/components/scorecards/scorecard-summary";
import { InterviewLocation } from "./interview-location";
import { ChangeInterviewForms } from "./change-interview-forms";
import { ScheduleInterviewForm } from "./schedule-interview-form";
import { SendSchedulingLinkForm } from "./send-scheduling-link-form";

const scorecardStatusLabels = { missing: "no scorecard yet", draft: "scorecard in draft", submitted: "scorecard submitted" } as const;

/**
 * The application page's interviews: what is scheduled and with whom, each interviewer's scorecard
 * status, the scorecard summary for those allowed to read it, and (admins, recruiters) the scheduling form.
 */
export async function ApplicationInterviews({ applicationId, viewer }: { applicationId: string; viewer: Viewer }) {
  const found = await listApplicationInterviews(jobScope(viewer), applicationId);
  if (!found) return null;
  const { application, interviews } = found;
  const summary = await getScorecardSummary(viewer, application.id);
  const scheduling = can(viewer.role, "interviews.schedule") ? await getScheduleOptions(viewer, application.jobId) : null;
  const timeZones = timeZoneNames();
  const now = new Date();
  const openLinks = scheduling ? await listOpenSchedulingLinks(viewer.organizationId, application.id, now) : [];

  return (
    <section aria-labelledby="interviews-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="interviews-heading" className="text-lg font-semibold">
        Interviews
      </h2>
      {interviews.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">No interviews scheduled yet.</p>
      ) : (
        <ul className="mt-3 flex flex-col divide-y divide-slate-200">
          {interviews.map((interview) => {
            const mine = interview.participants.some((p) => p.userId === viewer.userId);
            const changeable = scheduling && !interview.cancelledAt && interview.endsAt > now;
            const wallClock = utcToZonedTime(interview.startsAt, interview.timeZone);
            return (
              <li key={interview.id} className="py-3 text-sm">
                <h3 className="font-semibold">
                  {interview.title}
                  {interview.cancelledAt && <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700">Cancelled</span>}
                </h3>
                <p className="text-slate-800"><Slot startsAt={interview.startsAt} endsAt={interview.endsAt} timeZone={interview.timeZone} /></p>
                {interview.location && (
                  <p className="text-slate-800">
                    <InterviewLocation location={interview.location} />
                  </p>
                )}
                <ul aria-label={`Interviewers for ${interview.title}`} className="mt-1 flex flex-wrap gap-x-4 text-slate-700">
                  {interview.participants.map((p) => (
                    <li key={p.userId}>
                      {p.name}: {scorecardStatusLabels[p.scorecard]}
                    </li>
                  ))}
                </ul>
                {changeable && (
                  <ChangeInterviewForms
                    interview={{
                      id: interview.id,
                      title: interview.title,
                      sequence: interview.sequence,
                      date: wallClock.date,
                      startTime: wallClock.time,
                      timeZone: interview.timeZone,
                      durationMinutes: Math.round((interview.endsAt.getTime() - interview.startsAt.getTime()) / 60_000),
                      location: interview.location,
                    }}
                    timeZones={timeZones}
                  />
                )}
                {mine && !interview.cancelledAt && (
                  <Link href={`/feedback/${interview.id}`} className="mt-1 inline-block font-medium text-indigo-700 hover:underline">
                    Your scorecard for {interview.title}
                  </Link>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {summary && interviews.length > 0 && (
        <section aria-labelledby="scorecards-heading" className="mt-6">
          <h3 id="scorecards-heading" className="text-base font-semibold">
            Scorecards
          </h3>
          <div className="mt-2">
            <ScorecardSummary summary={summary} />
          </div>
        </section>
      )}
      {scheduling && (
        <section aria-labelledby="schedule-heading" className="mt-6 border-t border-slate-200 pt-6">
          <h3 id="schedule-heading" className="text-base font-semibold">
            Schedule an interview
          </h3>
          <div className="mt-3">
            <ScheduleInterviewForm applicationId={application.id} options={{ ...scheduling, timeZones }} />
          </div>
        </section>
      )}
      {scheduling && (
        <section aria-labelledby="scheduling-link-heading" className="mt-6 border-t border-slate-200 pt-6">
          <h3 id="scheduling-link-heading" className="text-base font-semibold">
            Let the candidate choose a time
          </h3>
          <p className="mt-1 text-sm text-slate-700">
            Emails the candidate a link to book a planned interview at a time when every interviewer is free (their working hours and calendars).
          </p>
          {openLinks.length > 0 && (
            <ul aria-label="Links waiting for the candidate" className="mt-3 flex flex-col gap-2 text-sm">
              {openLinks.map((link) => (
                <li key={link.id} className="rounded-md border border-slate-200 p-3">
                  <p>
                    {link.title} with {link.interviewers.map((person) => person.name).join(", ")}: sent <Time value={link.createdAt} />, not booked yet, works
                    until <Time value={link.expiresAt} />.
                  </p>
                  {link.interviewers
                    .filter((person) => person.calendarFeedFailedAt)
                    .map((person) => (
                      <p key={person.userId} className="mt-1 font-medium text-red-800">
                        {person.name}’s calendar could not be read since <Time value={person.calendarFeedFailedAt} />: the candidate is offered no times
                        until it can.
                      </p>
                    ))}
                </li>
              ))}
            </ul>
          )}
          <div className="mt-3">
            <SendSchedulingLinkForm applicationId={application.id} options={scheduling} />
          </div>
        </section>
      )}
    </section>
  );
}
