import { Time } from "@/components/dates/time";
import type { NoteRow } from "@/db/queries/notes";
import { actedBy } from "@/lib/api/acted-by";

/** Notes as plain text (React escapes it: markup someone typed is shown, never run). */
export function NotesList({ notes, showJob = false, transform }: { notes: NoteRow[]; showJob?: boolean; transform?: (body: string) => string }) {
  if (notes.length === 0) return <p className="text-sm text-slate-700">No notes yet.</p>;
  return (
    <ul className="flex flex-col gap-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <p className="text-sm text-slate-700">
            <span className="font-medium text-slate-900">{actedBy(note.authorName, note.authorApiKeyName, "A former member")}</span> ·{" "}
            <Time value={note.createdAt} />
            {showJob && <> · {note.jobTitle ? `on ${note.jobTitle}` : "on the candidate"}</>}
          </p>
          <p className="mt-2 text-sm break-words whitespace-pre-wrap">{transform ? transform(note.body) : note.body}</p>
        </li>
      ))}
    </ul>
  );
}
