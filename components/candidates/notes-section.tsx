import { db } from "@/db/client";
import { listMentionTargets, type NoteRow } from "@/db/queries/notes";
import type { Viewer } from "@/lib/auth/viewer";
import { roleLabels } from "@/lib/format";
import { NoteForm } from "./note-form";
import { NotesList } from "./notes-list";

type Props = {
  viewer: Viewer;
  candidateId: string;
  applicationId?: string;
  notes: NoteRow[];
  action: React.ComponentProps<typeof NoteForm>["action"];
  showJob?: boolean;
  transform?: (body: string) => string;
};

/** The notes of a profile or an application, newest first, under a form to add one. */
export async function NotesSection({ viewer, candidateId, applicationId, notes, action, showJob, transform }: Props) {
  const targets = await listMentionTargets(db(), viewer, candidateId, applicationId);
  const members = targets.map((target) => ({
    userId: target.userId,
    name: target.name,
    detail: `${roleLabels[target.role]}${target.identityHidden ? ", sees an alias" : ""}`,
  }));
  return (
    <section aria-labelledby="notes-heading" className="mt-10">
      <h2 id="notes-heading" className="text-lg font-semibold">
        Notes
      </h2>
      <div className="mt-3 rounded-lg border border-slate-200 bg-white p-4">
        <NoteForm candidateId={candidateId} applicationId={applicationId} members={members} action={action} />
      </div>
      <div className="mt-4">
        <NotesList notes={notes} showJob={showJob} transform={transform} />
      </div>
    </section>
  );
}
