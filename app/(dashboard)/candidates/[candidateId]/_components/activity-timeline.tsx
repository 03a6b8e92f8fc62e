import Link from "@/components/ui/link";
import { actedBy } from "@/lib/api/acted-by";
import { isRecipientProblemText } from "@/lib/mail/recipients";
import type { CandidateReply } from "@/db/queries/candidate-mail";
import type { NoteRow } from "@/db/queries/notes";
import type { listCandidateEmails } from "@/db/queries/profile";
import { Time } from "@/components/dates/time";
import { CancelEmailButton } from "@/components/mail/cancel-email-button";

type Email = Awaited<ReturnType<typeof listCandidateEmails>>[number];
type Item = { key: string; at: Date; kind: string; text: React.ReactNode; detail?: React.ReactNode };

type Props = {
  notes: NoteRow[];
  emails: Email[];
  linkEmails: boolean;
  /** The candidate's emailed replies (empty for a member without mail.read). */
  replies?: CandidateReply[];
  /** Set when the member may cancel a composed email that is still waiting. */
  cancelFor?: string;
};

function emailState(email: Email): string {
  if (email.status === "cancelled") return isRecipientProblemText(email.notSentBecause) ? ` (not sent: ${email.notSentBecause})` : " (cancelled)";
  if (email.status === "failed") return " (not delivered)";
  return "";
}

/**
 * Notes, emails to the candidate and their replies, newest first. Each application's own history
 * (applied, moved, rejected...) is shown once, with that application above, not repeated here.
 */
export function ActivityTimeline({ notes, emails, linkEmails, replies = [], cancelFor }: Props) {
  const items: Item[] = [
    ...notes.map((note) => ({
      key: `note-${note.id}`,
      at: note.createdAt,
      kind: "Note",
      text: `${actedBy(note.authorName, note.authorApiKeyName, "A former member")} added a note${note.jobTitle ? ` on ${note.jobTitle}` : ""}`,
    })),
    ...emails.map((email) => {
      const scheduled = email.status === "pending" && email.composed && email.sendAfter.getTime() > email.createdAt.getTime() + 60_000;
      return {
        key: `email-${email.id}`,
        at: email.sentAt ?? email.createdAt,
        kind: scheduled ? "Scheduled email" : "Email",
        text: (
          <>
            {linkEmails ? (
              <Link href={`/settings/mail/${email.id}`} className="text-indigo-700 underline">
                {email.subject}
              </Link>
            ) : (
              email.subject
            )}
            {emailState(email)}
          </>
        ),
        detail:
          email.status === "pending" && email.composed ? (
            <span className="flex flex-wrap items-center gap-2 text-slate-700">
              {scheduled && (
                <span>
                  Goes out <Time value={email.sendAfter} />
                </span>
              )}
              {cancelFor && <CancelEmailButton emailId={email.id} candidateId={cancelFor} subject={email.subject} />}
            </span>
          ) : email.status === "sent" && email.composed ? (
            // The address as it was when the message went out (a scheduled one follows a corrected address).
            <span className="text-slate-700">Sent to {email.to}</span>
          ) : undefined,
      };
    }),
    ...replies.map((reply) => ({
      key: `reply-${reply.id}`,
      at: reply.receivedAt,
      kind: reply.automatic ? "Automatic reply" : "Reply",
      text: reply.subject,
      detail: (
        <div className="flex flex-col gap-1">
          {reply.fromOtherAddress && (
            <p className="text-amber-900">Sent from {reply.fromAddress === "unknown" ? "an unknown address" : reply.fromAddress}, not the candidate&apos;s address</p>
          )}
          <blockquote className="border-l-4 border-slate-300 pl-3 break-words whitespace-pre-wrap">{reply.text || "(no text)"}</blockquote>
          {reply.attachments.length > 0 && (
            <ul aria-label="Attachments" className="flex flex-col">
              {reply.attachments.map((attachment, i) => (
                <li key={i}>
                  {"fileId" in attachment ? (
                    <a href={`/api/files/${attachment.fileId}`} className="text-indigo-700 underline">
                      Download {attachment.filename}
                    </a>
                  ) : (
                    <span className="text-slate-700">
                      {attachment.filename}: not kept. {attachment.refused}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
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
          {item.detail && <div className="basis-full">{item.detail}</div>}
        </li>
      ))}
    </ol>
  );
}
