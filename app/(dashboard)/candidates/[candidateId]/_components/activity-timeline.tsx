import Link from "next/link";
import { Time } from "@/components/dates/time";
import { describeEvent } from "@/components/candidates/application-history";
import type { NoteRow } from "@/db/queries/notes";
import type { HistoryEvent, listCandidateEmails } from "@/db/queries/profile";

type Email = Awaited<ReturnType<typeof listCandidateEmails>>[number];
type Item = { key: string; at: Date; kind: string; text: React.ReactNode };

/** Everything that happened to the candidate, newest first: application history, notes and emails. */
export function ActivityTimeline({
  events,
  notes,
  emails,
  jobTitles,
  linkEmails,
}: {
  events: HistoryEvent[];
  notes: NoteRow[];
  emails: Email[];
  jobTitles: Map<string, string>;
  linkEmails: boolean;
}) {
  const items: Item[] = [
    ...events.map((event) => ({
      key: `event-${event.id}`,
      at: event.createdAt,
      kind: jobTitles.get(event.applicationId) ?? "Application",
      text: `${describeEvent(event)}${event.actorName ? ` by ${event.actorName}` : ""}`,
    })),
    ...notes.map((note) => ({
      key: `note-${note.id}`,
      at: note.createdAt,
      kind: "Note",
      text: `${note.authorName ?? "A former member"} added a note${note.jobTitle ? ` on ${note.jobTitle}` : ""}`,
    })),
    ...emails.map((email) => ({
      key: `email-${email.id}`,
      at: email.sentAt ?? email.createdAt,
      kind: "Email",
      text: linkEmails ? (
        <Link href={`/settings/mail/${email.id}`} className="text-indigo-700 underline">
          {email.subject}
        </Link>
      ) : (
        email.subject
      ),
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  if (items.length === 0) return <p className="text-sm text-slate-700">Nothing has happened yet.</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap gap-x-2">
          <Time value={item.at} className="text-slate-700 tabular-nums" />
          <span className="font-medium">{item.kind}:</span>
          <span>{item.text}</span>
        </li>
      ))}
    </ol>
  );
}
