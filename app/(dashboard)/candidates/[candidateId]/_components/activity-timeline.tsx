import Link from "next/link";
import { actedBy } from "@/lib/api/acted-by";
import type { NoteRow } from "@/db/queries/notes";
import type { listCandidateEmails } from "@/db/queries/profile";
import { Time } from "@/components/dates/time";

type Email = Awaited<ReturnType<typeof listCandidateEmails>>[number];
type Item = { key: string; at: Date; kind: string; text: React.ReactNode };

/**
 * Notes and emails about the candidate, newest first. Each application's own history (applied, moved,
 * rejected...) is shown once, with that application above, not repeated here.
 */
export function ActivityTimeline({ notes, emails, linkEmails }: { notes: NoteRow[]; emails: Email[]; linkEmails: boolean }) {
  const items: Item[] = [
    ...notes.map((note) => ({
      key: `note-${note.id}`,
      at: note.createdAt,
      kind: "Note",
      text: `${actedBy(note.authorName, note.authorApiKeyName, "A former member")} added a note${note.jobTitle ? ` on ${note.jobTitle}` : ""}`,
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
