import { LocalTime } from "@/components/careers/local-time";
import { listCandidateUpcomingInterviews } from "@/db/queries/interview-scheduling";
import type { StatusCandidate } from "@/server/status/status-candidate";

/** The candidate's interviews still to come, with whom (names only) and where; nothing when there are none. */
export async function UpcomingInterviews({ candidate }: { candidate: StatusCandidate }) {
  const interviews = await listCandidateUpcomingInterviews(candidate, new Date());
  if (interviews.length === 0) return null;
  return (
    <section aria-labelledby="interviews-heading" className="mt-8 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="interviews-heading" className="text-lg font-semibold">
        Your upcoming interviews
      </h2>
      <ul className="mt-3 flex flex-col divide-y divide-slate-200">
        {interviews.map((interview) => (
          <li key={interview.id} className="py-3 text-sm">
            <h3 className="font-semibold">
              {interview.title} <span className="font-normal text-slate-700">({interview.jobTitle})</span>
            </h3>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
              <dt className="text-slate-700">When</dt>
              <dd>
                <LocalTime value={interview.startsAt} /> to <LocalTime value={interview.endsAt} />
              </dd>
              <dt className="text-slate-700">Where</dt>
              <dd className="break-words">{interview.location ?? "To be confirmed"}</dd>
              {interview.interviewers.length > 0 && (
                <>
                  <dt className="text-slate-700">With</dt>
                  <dd>{interview.interviewers.join(", ")}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
