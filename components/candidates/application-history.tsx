import { z } from "zod";
import { Time } from "@/components/dates/time";
import { actedBy } from "@/lib/api/acted-by";
import type { HistoryEvent } from "@/db/queries/profile";

const eventLabels: Record<HistoryEvent["type"], string> = {
  applied: "Applied",
  moved: "Moved",
  rejected: "Rejected",
  withdrawn: "Withdrew",
  restored: "Restored",
  hired: "Hired",
  identity_revealed: "Identity revealed",
  decision_recorded: "Decision recorded",
  data_exported: "Candidate downloaded their data",
  data_deleted: "Candidate's data deleted",
  added_to_job: "Added to the job",
  interview_scheduled: "Interview scheduled",
  interview_rescheduled: "Interview rescheduled",
  interview_cancelled: "Interview cancelled",
  scorecard_submitted: "Scorecard submitted",
  candidate_merged: "Candidate records merged",
  rejection_email_cancelled: "Rejection email cancelled",
  offer_created: "Offer drafted",
  offer_submitted: "Offer sent for approval",
  offer_decided: "Offer approval decided",
  offer_sent: "Offer letter sent to the candidate",
  offer_accepted: "Candidate accepted the offer",
  offer_declined: "Candidate declined the offer",
};

/** One line per event: what happened, between which stages, who did it, when. */
export function describeEvent(event: HistoryEvent): string {
  const stages =
    event.fromStageName && event.toStageName
      ? ` from ${event.fromStageName} to ${event.toStageName}`
      : event.toStageName
        ? ` (stage: ${event.toStageName})`
        : "";
  return `${eventLabels[event.type]}${stages}`;
}

/** What a reschedule or cancellation recorded (server/interviews/change-interview.ts). */
const interviewChange = z.object({ title: z.string(), fromStartsAt: z.iso.datetime(), toStartsAt: z.iso.datetime().optional(), reason: z.string().nullish() });

/** ": Technical interview, 5 Dec 2026, 14:30 CET → 6 Dec 2026, 10:00 CET · reason: …", times in the viewer's zone. */
function InterviewChange({ event }: { event: HistoryEvent }) {
  if (event.type !== "interview_rescheduled" && event.type !== "interview_cancelled") return null;
  const change = interviewChange.safeParse(event.data);
  if (!change.success) return null;
  const { title, fromStartsAt, toStartsAt, reason } = change.data;
  return (
    <span className="text-slate-800">
      : {title}, {toStartsAt ? "from " : ""}
      <Time value={new Date(fromStartsAt)} />
      {toStartsAt && (
        <>
          {" "}
          to <Time value={new Date(toStartsAt)} />
        </>
      )}
      {reason && <> · reason: {reason}</>}
    </span>
  );
}

export function ApplicationHistory({ events, label }: { events: HistoryEvent[]; label: string }) {
  if (events.length === 0) return <p className="text-sm text-slate-700">No history recorded.</p>;
  return (
    <ol aria-label={label} className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4 text-sm">
      {events.map((event) => (
        <li key={event.id}>
          <span className="font-medium">{describeEvent(event)}</span>
          <InterviewChange event={event} />
          <span className="text-slate-700">
            {" "}
            · {actedBy(event.actorName, event.actorApiKeyName, event.type === "applied" || event.type === "withdrawn" ? "the candidate" : "Candor")} ·{" "}
            <Time value={event.createdAt} />
          </span>
        </li>
      ))}
    </ol>
  );
}
